import { useTranslations } from 'next-intl';
import { useId, type ReactNode } from 'react';
import type { ReportExportTable } from '@/lib/domain/report-exports';
import { CsvDownloadLink } from './csv-download-link';
import styles from './report-section-header.module.css';
import { useReportFormat } from './report-format';

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
function ReportSectionHeader({ headingId, title, csv }: Props) {
  const t = useTranslations('managerDashboard.csv');
  const format = useReportFormat();
  return (
    <div className={styles.header}>
      <h3 id={headingId}>{title}</h3>
      {csv && (
        <CsvDownloadLink
          className="button button-secondary button-small"
          href={reportCsvHref(csv.table, csv.month)}
          label={t('downloadNamed', { title, month: format.month(csv.month) })}
        >
          {t('download')}
        </CsvDownloadLink>
      )}
    </div>
  );
}

interface ReportSectionProps {
  title: string;
  /** The section's CSV for the month. */
  csv?: { table: ReportExportTable; month: string } | null;
  /** Said instead of the content when the month has nothing to show (then there is no CSV either). */
  emptyText?: string | null;
  children: ReactNode;
}

/** One part of the report: its heading and CSV link, then its table or chart, or why it is empty. */
export function ReportSection({ title, csv, emptyText, children }: ReportSectionProps) {
  const id = useId();
  return (
    <section className="subsection" aria-labelledby={`${id}-heading`}>
      <ReportSectionHeader headingId={`${id}-heading`} title={title} csv={emptyText ? null : csv} />
      {emptyText ? <p className="muted">{emptyText}</p> : children}
    </section>
  );
}
