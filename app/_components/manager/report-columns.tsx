import Link from 'next/link';
import type { ReactNode } from 'react';
import type { DataColumn } from '../ui/data-table';
import { DataText } from '../ui/data-text';
import { useReportFormat } from './report-format';

/**
 * A column of figures: on the right, sorted by the figure, shown by `show` (a count, an amount,
 * a link to the cases behind it). A null figure (nothing measured) sorts last either way.
 */
export function figureColumn<Row, Figure extends number | null>(
  id: string,
  header: string,
  figure: (row: Row) => Figure,
  show: (figure: Figure, row: Row) => ReactNode,
): DataColumn<Row> {
  return { id, header, numeric: true, sortValue: figure, cell: (row) => show(figure(row), row) };
}

interface LotRow {
  lot: { name: string; operator: { name: string } };
}

/** The lot as the row's header, then its operator; both sort by name. `lotCell` shows the lot another way (a link). */
export function lotWithOperatorColumns<Row extends LotRow>(
  headers: { lot: string; operator: string },
  lotCell: (row: Row) => ReactNode = (row) => <DataText>{row.lot.name}</DataText>,
): DataColumn<Row>[] {
  return [
    { id: 'lot', header: headers.lot, rowHeader: true, sortValue: (row) => row.lot.name, cell: lotCell },
    {
      id: 'operator',
      header: headers.operator,
      sortValue: (row) => row.lot.operator.name,
      cell: (row) => <DataText>{row.lot.operator.name}</DataText>,
    },
  ];
}

/** The month's omissions, each count a link to the cases behind it (`cases` says where, and whose they are). */
export function omissionsColumn<Row extends { omissions: number }>(
  header: string,
  cases: (row: Row) => { href: string; label: string },
): DataColumn<Row> {
  return figureColumn(
    'omissions',
    header,
    (row) => row.omissions,
    (count, row) => <CasesCountLink {...cases(row)} count={count} />,
  );
}

function CasesCountLink({ href, label, count }: { href: string; label: string; count: number }) {
  const format = useReportFormat();
  return (
    <Link href={href} aria-label={label}>
      {format.count(count)}
    </Link>
  );
}
