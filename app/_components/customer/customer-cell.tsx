import { DataText } from '../ui/data-text';

/** A customer in a table cell: the name, the masked phone under it. */
export function CustomerCell({ customer }: { customer: { name: string; phoneMasked: string } }) {
  return (
    <span>
      <DataText>{customer.name}</DataText>
      <span className="cell-sub nowrap">{customer.phoneMasked}</span>
    </span>
  );
}
