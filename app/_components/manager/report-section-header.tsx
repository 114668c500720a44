import type { ReportExportTable } from '@/lib/domain/report-exports';
import styles from './report-section-header.module.css';
import { formatMonth } from './report-format';

/** Where the CSV of a dashboard table for a month downloads from (app/api/exports/report/[file]). */
export function reportCsvHref(table: ReportExportTable, month: string): string {
  return `/api/exports/report/${table}.csv?${new URLSearchParams({ month }).toString()}`;
}

interface Props {
  headingId: string;
  title: string;
  /** The table's CSV for the month; left out when there is nothing to download. */
  csv?: { table: ReportExportTable; month: string } | null;
}

/** A dashboard section's heading with its "CSV 내려받기" link beside it. */
export function ReportSectionHeader({ headingId, title, csv }: Props) {
  return (
    <div className={styles.header}>
      <h3 id={headingId}>{title}</h3>
      {csv && (
        <a
          className="button button-secondary button-small"
          href={reportCsvHref(csv.table, csv.month)}
          download
          aria-label={`${title} ${formatMonth(csv.month)} CSV 내려받기`}
        >
          CSV 내려받기
        </a>
      )}
    </div>
  );
}
