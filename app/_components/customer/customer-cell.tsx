import { DataText } from '../ui/data-text';

interface CustomerCellProps {
  customer: { name: string; phoneMasked: string };
  /** More classes on the phone line, e.g. to undo a row header's bold. */
  phoneClassName?: string;
}

/** A customer in a table cell: the name, the masked phone under it. */
export function CustomerCell({ customer, phoneClassName }: CustomerCellProps) {
  return (
    <span>
      <DataText>{customer.name}</DataText>
      <span className={phoneClassName ? `cell-sub nowrap ${phoneClassName}` : 'cell-sub nowrap'}>{customer.phoneMasked}</span>
    </span>
  );
}
