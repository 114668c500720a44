import { useTranslations } from 'next-intl';
import type { ManagerReport } from './manager-report-query';
import { useReportFormat } from './report-format';
import styles from './dashboard.module.css';

interface Figure {
  key: string;
  label: string;
  value: string;
  detail?: string;
  change: number;
}

/** This month's four headline figures, each with its change against last month. */
export function HeadlineFigures({ report }: { report: ManagerReport }) {
  const t = useTranslations('managerDashboard.figures');
  const format = useReportFormat();
  const trend = report.monthlyTrend;
  const current = trend[trend.length - 1];
  const previous = trend[trend.length - 2];
  const omissions = report.repeatOmissionReport.totalOmissions;
  const figures: Figure[] = [
    {
      key: 'omissions',
      label: t('omissions'),
      value: format.count(omissions),
      change: omissions - (previous?.omissions ?? 0),
    },
    {
      key: 'repeatCustomers',
      label: t('repeatCustomers'),
      value: format.people(report.repeatCustomers.length),
      change: report.repeatCustomers.length - report.previousRepeatCustomers.length,
    },
    {
      key: 'coupons',
      label: t('coupons'),
      value: format.count(current?.couponsIssued ?? 0),
      detail: format.won(current?.couponAmount ?? 0),
      change: (current?.couponsIssued ?? 0) - (previous?.couponsIssued ?? 0),
    },
    {
      key: 'refunds',
      label: t('refunds'),
      value: format.count(current?.refundsCount ?? 0),
      detail: format.won(current?.refundAmount ?? 0),
      change: (current?.refundsCount ?? 0) - (previous?.refundsCount ?? 0),
    },
  ];

  return (
    <dl className={styles.mgrFigures}>
      {figures.map((figure) => (
        <div key={figure.key} className={`card ${styles.mgrFigure}`}>
          <dt>{figure.label}</dt>
          <dd className={styles.mgrFigureValue}>
            {figure.value}
            {figure.detail && <span className={styles.mgrFigureDetail}> · {figure.detail}</span>}
          </dd>
          <dd
            className={
              figure.change > 0
                ? `${styles.mgrChange} ${styles.mgrChangeUp}`
                : figure.change < 0
                  ? `${styles.mgrChange} ${styles.mgrChangeDown}`
                  : styles.mgrChange
            }
          >
            {format.change(figure.change)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
