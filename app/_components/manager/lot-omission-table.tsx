'use client';

import { useTranslations } from 'next-intl';
import type { DataColumn } from '../ui/data-table';
import { LazyLotOmissionChart } from './lazy-charts';
import { ErrorState } from '../ui/query-state';
import { useApiErrorMessage } from '../ui/api-error';
import type { LotOmissionRow, ManagerReport } from './manager-report-query';
import { figureColumn, lotWithOperatorColumns, omissionsColumn } from './report-columns';
import { omissionCasesHref, useReportFormat } from './report-format';
import { ReportTable } from './report-table';
import { useMoreLots } from './use-more-lots';
import styles from './dashboard.module.css';

const BAR_HEIGHT = 30;
const CHARTED = 10;

/**
 * Each lot's omissions, repeat customers and coupons for the month; counts open the cases, columns
 * sort. The report's top lots come with the page; "모두 보기" brings the rest (columns then sort
 * them all). The API's order is the table's first order, and the order ties keep when sorted:
 * most omissions first, then by name.
 */
export function LotOmissionTable({ month, report }: { month: string; report: ManagerReport['repeatOmissionReport'] }) {
  const t = useTranslations('managerDashboard');
  const format = useReportFormat();
  const errorMessage = useApiErrorMessage();
  const more = useMoreLots(month, report);
  const sorted = more.rows;
  const charted = sorted
    .filter((row) => row.omissions > 0)
    .slice(0, CHARTED)
    .map((row) => ({ name: row.lot.name, omissions: row.omissions }));
  const chartHeight = charted.length * BAR_HEIGHT + 40;
  const columns: DataColumn<LotOmissionRow>[] = [
    ...lotWithOperatorColumns<LotOmissionRow>({ lot: t('lots.lot'), operator: t('lots.operator') }),
    omissionsColumn(t('lots.omissions'), (row) => ({
      href: omissionCasesHref(month, row.lot.id),
      label: t('lots.casesLink', { lot: row.lot.name, month: format.month(month), count: row.omissions }),
    })),
    figureColumn('repeats', t('lots.repeatCustomers'), (row) => row.customersWithRepeats, format.people),
    figureColumn('coupons', t('lots.coupons'), (row) => row.couponsIssued, format.count),
    figureColumn('couponAmount', t('lots.couponAmount'), (row) => row.couponAmount, format.won),
  ];

  return (
    <ReportTable
      title={t('lots.title')}
      csv={{ table: 'lots', month }}
      emptyText={sorted.length === 0 ? t('report.noData') : null}
      above={
        charted.length > 0 && (
          <div className={`card ${styles.mgrChart}`} aria-hidden="true">
            {/* Sized before the chart's code arrives, so nothing below moves when it draws. */}
            <div style={{ height: chartHeight }}>
              <LazyLotOmissionChart data={charted} height={chartHeight} seriesName={t('lots.chartSeries')} formatCount={format.count} />
            </div>
          </div>
        )
      }
      below={
        (more.canShowAll || more.error) && (
          <div className={styles.mgrMoreLots}>
            {more.error ? (
              <ErrorState message={t('lots.moreFailed', { reason: errorMessage(more.error) })} onRetry={more.showAll} />
            ) : (
              <>
                <p className="muted">{t('lots.topShown', { shown: sorted.length, total: report.totalCount })}</p>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={more.showAll}
                  disabled={more.loading}
                  aria-busy={more.loading || undefined}
                >
                  {more.loading ? t('lots.showingAll') : t('lots.showAll', { hidden: more.hidden })}
                </button>
              </>
            )}
          </div>
        )
      }
      columns={columns}
      rows={sorted}
      rowKey={(row) => row.lot.id}
      caption={
        sorted.length < report.totalCount
          ? t('lots.captionTop', { month: format.month(month), shown: sorted.length, total: report.totalCount })
          : t('lots.caption', { month: format.month(month) })
      }
      initialSort={{ id: 'omissions', desc: true }}
    />
  );
}
