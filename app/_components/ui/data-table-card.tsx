import { DataTable, type DataTableProps } from './data-table';

/** A DataTable in a card: the portal's frame for a list, the table running to the card's edges (table-card drops its padding). */
export function DataTableCard<Row>(props: DataTableProps<Row>) {
  return (
    <div className="card table-card">
      <DataTable {...props} />
    </div>
  );
}
