'use client';

import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import styles from './data-table.module.css';

/** One column: its header (from the catalog), what a cell shows, and how it sits. */
export interface DataColumn<Row> {
  id: string;
  header: string;
  /** The header is read by screen readers and labels the phone card, but not shown (e.g. a column of buttons). */
  headerHidden?: boolean;
  cell: (row: Row) => ReactNode;
  /** Numbers line up on the right, as they do in a ledger. */
  numeric?: boolean;
  nowrap?: boolean;
  /** Extra classes on the column's cells, e.g. row-action for a column of buttons. */
  className?: string;
  /** The first column that names the row becomes its row header (th scope=row). */
  rowHeader?: boolean;
  /** A value to sort by; a column without one cannot be sorted. Null (nothing measured) sorts last either way. */
  sortValue?: (row: Row) => string | number | null;
}

/** What a row's <tr> may carry besides its cells: selection state, focus, handlers, data-* hooks. */
export type DataRowProps = ComponentPropsWithoutRef<'tr'> & { [data: `data-${string}`]: string | undefined };

export interface DataTableProps<Row> {
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Says what the table holds; read first by screen readers. */
  caption: ReactNode;
  /** Visually hide the caption where a heading right above already says it. */
  captionHidden?: boolean;
  rowClassName?: (row: Row) => string | undefined;
  /** More attributes of a row, e.g. aria-selected and tabIndex for a list the keyboard walks. */
  rowProps?: (row: Row) => DataRowProps;
  /** On a phone every row becomes a card of labelled values (the default); off for wide grids. */
  stackOnPhone?: boolean;
  className?: string;
  /** The order the rows arrive in, shown on its column's header from the start (e.g. most omissions first). */
  initialSort?: { id: string; desc: boolean };
}

/**
 * The portal's one table: a caption, column headers, row headers, numbers on the right, and
 * sortable columns where the data has an order worth choosing (click or Enter on the header).
 * On a phone each row becomes a card whose cells carry their column's name.
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
  captionHidden,
  rowClassName,
  rowProps,
  stackOnPhone = true,
  className,
  initialSort,
}: DataTableProps<Row>) {
  const t = useTranslations('common.table');
  const [sorting, setSorting] = useState<SortingState>(initialSort ? [initialSort] : []);
  const defs: ColumnDef<Row>[] = columns.map((column) => ({
    id: column.id,
    header: column.header,
    accessorFn: column.sortValue ? (row: Row) => column.sortValue?.(row) ?? undefined : () => 0,
    enableSorting: column.sortValue !== undefined,
    sortUndefined: 'last',
    cell: (info) => column.cell(info.row.original),
    meta: column,
  }));
  const table = useReactTable({
    data: rows as Row[],
    columns: defs,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => rowKey(row),
  });
  const classes = ['table', stackOnPhone ? 'table-stack' : '', className ?? ''].filter(Boolean).join(' ');

  return (
    <table className={classes}>
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const column = header.column.columnDef.meta as DataColumn<Row>;
              const sorted = header.column.getIsSorted();
              const label = flexRender(header.column.columnDef.header, header.getContext());
              return (
                <th
                  key={header.id}
                  scope="col"
                  className={[column.numeric ? 'numeric' : '', column.className ?? ''].filter(Boolean).join(' ') || undefined}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                >
                  {header.column.getCanSort() ? (
                    <button
                      type="button"
                      className={styles.tableSort}
                      onClick={header.column.getToggleSortingHandler()}
                      title={t('sortBy', { column: column.header })}
                    >
                      {label}
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}</span>
                    </button>
                  ) : column.headerHidden ? (
                    <span className="visually-hidden">{label}</span>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => {
          const extra = rowProps?.(row.original);
          const rowClasses = [rowClassName?.(row.original), extra?.className].filter(Boolean).join(' ') || undefined;
          return (
            <tr key={row.id} {...extra} className={rowClasses}>
              {row.getVisibleCells().map((cell) => {
                const column = cell.column.columnDef.meta as DataColumn<Row>;
                const classNames =
                  [column.numeric ? 'numeric' : '', column.nowrap ? 'nowrap' : '', column.className ?? ''].filter(Boolean).join(' ') ||
                  undefined;
                // Called, not rendered through flexRender: that would make each render's new
                // arrow function a new component type, remounting every cell (and losing focus).
                const content = column.cell(row.original);
                return column.rowHeader ? (
                  <th key={cell.id} scope="row" data-label={column.header} className={classNames}>
                    {content}
                  </th>
                ) : (
                  <td key={cell.id} data-label={column.header} className={classNames}>
                    {content}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
