import { useTranslations } from 'next-intl';
import type { ManagerReport } from './manager-report-query';
import { useReportFormat } from './report-format';

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
    <dl className="mgr-figures">
      {figures.map((figure) => (
        <div key={figure.key} className="card mgr-figure">
          <dt>{figure.label}</dt>
          <dd className="mgr-figure-value">
            {figure.value}
            {figure.detail && <span className="mgr-figure-detail"> · {figure.detail}</span>}
          </dd>
          <dd
            className={
              figure.change > 0 ? 'mgr-change mgr-change-up' : figure.change < 0 ? 'mgr-change mgr-change-down' : 'mgr-change'
            }
          >
            {format.change(figure.change)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
