'use client';

import { useTranslations } from 'next-intl';
import { DataTable, type DataColumn } from '../ui/data-table';
import type { ManagerReport, OperatorRow, OperatorTimes } from './manager-report-query';
import { useReportFormat, type ReportFormat } from './report-format';
import { ReportSection } from './report-section-header';
import styles from './dashboard.module.css';
import { DataText } from '../ui/data-text';

type ByOperator = ManagerReport['responseTimes']['byOperator'];
interface ScoreRow extends OperatorRow {
  times: OperatorTimes | null;
}

/** A count with its amount in won under it (coupons, refunds). */
function CountAndAmount({ count, amount, format }: { count: number; amount: number; format: ReportFormat }) {
  return (
    <span>
      <span className="nowrap">{format.count(count)}</span>
      <span className="cell-sub nowrap">{format.won(amount)}</span>
    </span>
  );
}

/**
 * Each operator's month: omissions, compensation and how fast it answered. Every column sorts;
 * an operator with no request that month sorts last on the response columns either way.
 */
export function OperatorScorecard({ month, rows, times }: { month: string; rows: readonly OperatorRow[]; times: ByOperator }) {
  const t = useTranslations('managerDashboard');
  const format = useReportFormat();
  const timesOf = new Map(times.map((entry) => [entry.operator.id, entry.times]));
  const scored: ScoreRow[] = rows
    .map((row) => ({ ...row, times: timesOf.get(row.operator.id) ?? null }))
    .sort((a, b) => b.omissions - a.omissions || a.operator.name.localeCompare(b.operator.name, 'ko'));
  const columns: DataColumn<ScoreRow>[] = [
    {
      id: 'name',
      header: t('operators.operator'),
      rowHeader: true,
      cell: (row) => <DataText>{row.operator.name}</DataText>,
      sortValue: (row) => row.operator.name,
    },
    {
      id: 'omissions',
      header: t('operators.omissions'),
      numeric: true,
      sortValue: (row) => row.omissions,
      cell: (row) => format.count(row.omissions),
    },
    {
      id: 'repeats',
      header: t('operators.repeatCustomers'),
      numeric: true,
      sortValue: (row) => row.customersWithRepeats,
      cell: (row) => format.people(row.customersWithRepeats),
    },
    {
      id: 'coupons',
      header: t('operators.coupons'),
      numeric: true,
      sortValue: (row) => row.couponsIssued,
      cell: (row) => <CountAndAmount count={row.couponsIssued} amount={row.couponAmount} format={format} />,
    },
    {
      id: 'refunds',
      header: t('operators.refunds'),
      numeric: true,
      sortValue: (row) => row.refundsCount,
      cell: (row) => <CountAndAmount count={row.refundsCount} amount={row.refundAmount} format={format} />,
    },
    {
      id: 'median',
      header: t('operators.exitMedian'),
      numeric: true,
      sortValue: (row) => row.times?.exitAckMedianSeconds ?? null,
      cell: (row) => format.duration(row.times?.exitAckMedianSeconds),
    },
    {
      id: 'share',
      header: t('operators.withinTarget'),
      numeric: true,
      sortValue: (row) => row.times?.exitWithinTargetShare ?? null,
      cell: (row) => format.share(row.times?.exitWithinTargetShare),
    },
    {
      id: 'overdue',
      header: t('operators.overdue'),
      numeric: true,
      sortValue: (row) => row.times?.overdueCount ?? null,
      cell: (row) => (row.times ? format.count(row.times.overdueCount) : '—'),
    },
  ];

  return (
    <ReportSection
      title={t('operators.title')}
      csv={{ table: 'operators', month }}
      emptyText={scored.length === 0 ? t('report.noData') : null}
    >
      <div className="card table-card">
        <DataTable
          columns={columns}
          rows={scored}
          rowKey={(row) => row.operator.id}
          caption={t('operators.caption')}
          className={styles.mgrScorecard}
          initialSort={{ id: 'omissions', desc: true }}
        />
      </div>
    </ReportSection>
  );
}
