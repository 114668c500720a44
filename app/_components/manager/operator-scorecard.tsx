'use client';

import { useTranslations } from 'next-intl';
import type { DataColumn } from '../ui/data-table';
import type { ManagerReport, OperatorRow, OperatorTimes } from './manager-report-query';
import { useReportFormat, type ReportFormat } from './report-format';
import { figureColumn } from './report-columns';
import { ReportTable } from './report-table';
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
    figureColumn('omissions', t('operators.omissions'), (row) => row.omissions, format.count),
    figureColumn('repeats', t('operators.repeatCustomers'), (row) => row.customersWithRepeats, format.people),
    figureColumn(
      'coupons',
      t('operators.coupons'),
      (row) => row.couponsIssued,
      (count, row) => <CountAndAmount count={count} amount={row.couponAmount} format={format} />,
    ),
    figureColumn(
      'refunds',
      t('operators.refunds'),
      (row) => row.refundsCount,
      (count, row) => <CountAndAmount count={count} amount={row.refundAmount} format={format} />,
    ),
    figureColumn('median', t('operators.exitMedian'), (row) => row.times?.exitAckMedianSeconds ?? null, format.duration),
    figureColumn('share', t('operators.withinTarget'), (row) => row.times?.exitWithinTargetShare ?? null, format.share),
    figureColumn(
      'overdue',
      t('operators.overdue'),
      (row) => row.times?.overdueCount ?? null,
      (count) => (count === null ? '—' : format.count(count)),
    ),
  ];

  return (
    <ReportTable
      title={t('operators.title')}
      csv={{ table: 'operators', month }}
      emptyText={scored.length === 0 ? t('report.noData') : null}
      columns={columns}
      rows={scored}
      rowKey={(row) => row.operator.id}
      caption={t('operators.caption')}
      className={styles.mgrScorecard}
      initialSort={{ id: 'omissions', desc: true }}
    />
  );
}
