import Link from 'next/link';
import type { DataColumn } from '../ui/data-table';

/** A queue row's case as its header: the case code, opening the manager's case page. */
export function caseColumn<Row extends { case: { id: string; code: string } }>(header: string): DataColumn<Row> {
  return {
    id: 'case',
    header,
    rowHeader: true,
    nowrap: true,
    cell: (row) => <Link href={`/manager/cases/${row.case.id}`}>{row.case.code}</Link>,
  };
}
