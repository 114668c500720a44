'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { DataTable, type DataColumn } from '../ui/data-table';
import { LazyLotOmissionChart } from './lazy-charts';
import type { LotOmissionRow } from './manager-report-query';
import { omissionCasesHref, useReportFormat } from './report-format';
import { ReportSection } from './report-section-header';
import styles from './dashboard.module.css';
import { DataText } from '../ui/data-text';

const BAR_HEIGHT = 30;
const CHARTED = 10;

/** Each lot's omissions, repeat customers and coupons for the month; counts open the cases, columns sort. */
export function LotOmissionTable({ month, rows }: { month: string; rows: readonly LotOmissionRow[] }) {
  const t = useTranslations('managerDashboard');
  const format = useReportFormat();
  // Most omissions first, ties by name: the table's first order, and the order ties keep when sorted.
  const sorted = [...rows].sort((a, b) => b.omissions - a.omissions || a.lot.name.localeCompare(b.lot.name, 'ko'));
  const charted = sorted
    .filter((row) => row.omissions > 0)
    .slice(0, CHARTED)
    .map((row) => ({ name: row.lot.name, omissions: row.omissions }));
  const chartHeight = charted.length * BAR_HEIGHT + 40;
  const columns: DataColumn<LotOmissionRow>[] = [
    {
      id: 'lot',
      header: t('lots.lot'),
      rowHeader: true,
      cell: (row) => <DataText>{row.lot.name}</DataText>,
      sortValue: (row) => row.lot.name,
    },
    {
      id: 'operator',
      header: t('lots.operator'),
      cell: (row) => <DataText>{row.lot.operator.name}</DataText>,
      sortValue: (row) => row.lot.operator.name,
    },
    {
      id: 'omissions',
      header: t('lots.omissions'),
      numeric: true,
      sortValue: (row) => row.omissions,
      cell: (row) => (
        <Link
          href={omissionCasesHref(month, row.lot.id)}
          aria-label={t('lots.casesLink', { lot: row.lot.name, month: format.month(month), count: row.omissions })}
        >
          {format.count(row.omissions)}
        </Link>
      ),
    },
    {
      id: 'repeats',
      header: t('lots.repeatCustomers'),
      numeric: true,
      sortValue: (row) => row.customersWithRepeats,
      cell: (row) => format.people(row.customersWithRepeats),
    },
    {
      id: 'coupons',
      header: t('lots.coupons'),
      numeric: true,
      sortValue: (row) => row.couponsIssued,
      cell: (row) => format.count(row.couponsIssued),
    },
    {
      id: 'couponAmount',
      header: t('lots.couponAmount'),
      numeric: true,
      sortValue: (row) => row.couponAmount,
      cell: (row) => format.won(row.couponAmount),
    },
  ];

  return (
    <ReportSection title={t('lots.title')} csv={{ table: 'lots', month }} emptyText={sorted.length === 0 ? t('report.noData') : null}>
      {charted.length > 0 && (
        <div className={`card ${styles.mgrChart}`} aria-hidden="true">
          {/* Sized before the chart's code arrives, so nothing below moves when it draws. */}
          <div style={{ height: chartHeight }}>
            <LazyLotOmissionChart data={charted} height={chartHeight} seriesName={t('lots.chartSeries')} formatCount={format.count} />
          </div>
        </div>
      )}
      <div className="card table-card">
        <DataTable
          columns={columns}
          rows={sorted}
          rowKey={(row) => row.lot.id}
          caption={t('lots.caption', { month: format.month(month) })}
          initialSort={{ id: 'omissions', desc: true }}
        />
      </div>
    </ReportSection>
  );
}
