'use client';

import { useTranslations } from 'next-intl';
import { LazyTrendChart } from './lazy-charts';
import type { TrendPoint } from './manager-report-query';
import { useReportFormat } from './report-format';
import { ReportSection } from './report-section-header';
import styles from './dashboard.module.css';

const HEIGHT = 260;

/** Omissions and coupons over the last 12 months; a hidden table says the same for screen readers. */
export function TrendChart({ month, points }: { month: string; points: readonly TrendPoint[] }) {
  const t = useTranslations('managerDashboard.trend');
  const format = useReportFormat();
  const data = points.map((point) => ({
    tick: format.monthTick(point.month),
    title: format.month(point.month),
    omissions: point.omissions,
    coupons: point.couponsIssued,
  }));
  const first = points[0];
  const last = points[points.length - 1];

  return (
    <ReportSection title={t('title')} csv={{ table: 'trend', month }}>
      <div className={`card ${styles.mgrChart}`}>
        {/* The table below carries the figures; the drawing is for sighted readers only. */}
        <div className={styles.mgrChartCanvas} style={{ height: HEIGHT }} aria-hidden="true">
          <LazyTrendChart
            data={data}
            height={HEIGHT}
            series={{ omissions: t('omissions'), coupons: t('coupons') }}
            formatCount={format.count}
          />
        </div>
        <table className="visually-hidden">
          <caption>
            {first && last ? t('caption', { from: format.month(first.month), to: format.month(last.month) }) : t('captionNoPeriod')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('month')}</th>
              <th scope="col">{t('omissions')}</th>
              <th scope="col">{t('coupons')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.month}>
                <th scope="row">{format.month(point.month)}</th>
                <td>{format.count(point.omissions)}</td>
                <td>{format.count(point.couponsIssued)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ReportSection>
  );
}
