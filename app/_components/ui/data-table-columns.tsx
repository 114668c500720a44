import type { ReactNode } from 'react';
import { Badge } from './badge';
import type { DataColumn } from './data-table';

/** What a column helper leaves to its caller: sorting, row header, classes. */
type ColumnOptions<Row> = Omit<Partial<DataColumn<Row>>, 'id' | 'header' | 'cell'>;

/**
 * A column whose cell is one badge. The badge sits in a span because on a phone the cell is a
 * grid (its label, then its value) that would stretch a lone badge across the value's track.
 */
export function badgeColumn<Row>(
  id: string,
  header: string,
  badge: (row: Row) => ReactNode,
  options?: ColumnOptions<Row>,
): DataColumn<Row> {
  return { id, header, ...options, cell: (row) => <span>{badge(row)}</span> };
}

/**
 * A yes/no column: a green badge when `flag` holds, a grey one when not, each with its own words.
 * Sortable puts the rows without it first (ascending), as a count from 0 to 1 would.
 */
export function flagColumn<Row>(
  id: string,
  header: string,
  flag: (row: Row) => boolean,
  words: { yes: string; no: string },
  { sortable = false }: { sortable?: boolean } = {},
): DataColumn<Row> {
  return badgeColumn(
    id,
    header,
    (row) => (flag(row) ? <Badge tone="success">{words.yes}</Badge> : <Badge tone="neutral">{words.no}</Badge>),
    sortable ? { sortValue: (row) => (flag(row) ? 1 : 0) } : undefined,
  );
}
