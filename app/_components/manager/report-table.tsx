import type { ReactNode } from 'react';
import type { ReportExportTable } from '@/lib/domain/report-exports';
import type { DataTableProps } from '../ui/data-table';
import { DataTableCard } from '../ui/data-table-card';
import { ReportSection } from './report-section-header';

interface ReportTableProps<Row> extends DataTableProps<Row> {
  title: string;
  csv: { table: ReportExportTable; month: string };
  /** Said instead of the table when the month has nothing to show. */
  emptyText: string | null;
  /** Shown above the table's card (a chart of the same rows). */
  above?: ReactNode;
  /** Shown below the table's card (a note on what was left out). */
  below?: ReactNode;
}

/** A report table's section: heading and CSV link, then the sortable table in its card, or why the month is empty. */
export function ReportTable<Row>({ title, csv, emptyText, above, below, ...table }: ReportTableProps<Row>) {
  return (
    <ReportSection title={title} csv={csv} emptyText={emptyText}>
      {above}
      <DataTableCard {...table} />
      {below}
    </ReportSection>
  );
}
