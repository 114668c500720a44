import { formatWon } from '../format';
import type { ManagerReport } from './manager-report-query';
import { formatChange, formatCount } from './report-format';

interface Figure {
  label: string;
  value: string;
  detail?: string;
  change: number;
}

/** This month's four headline figures, each with its change against last month. */
export function HeadlineFigures({ report }: { report: ManagerReport }) {
  const trend = report.monthlyTrend;
  const current = trend[trend.length - 1];
  const previous = trend[trend.length - 2];
  const omissions = report.repeatOmissionReport.totalOmissions;
  const figures: Figure[] = [
    {
      label: '정기권 등록 누락',
      value: formatCount(omissions),
      change: omissions - (previous?.omissions ?? 0),
    },
    {
      label: '반복 누락 고객',
      value: `${report.repeatCustomers.length.toLocaleString('ko-KR')}명`,
      change: report.repeatCustomers.length - report.previousRepeatCustomers.length,
    },
    {
      label: '쿠폰',
      value: formatCount(current?.couponsIssued ?? 0),
      detail: formatWon(current?.couponAmount ?? 0),
      change: (current?.couponsIssued ?? 0) - (previous?.couponsIssued ?? 0),
    },
    {
      label: '환불',
      value: formatCount(current?.refundsCount ?? 0),
      detail: formatWon(current?.refundAmount ?? 0),
      change: (current?.refundsCount ?? 0) - (previous?.refundsCount ?? 0),
    },
  ];

  return (
    <dl className="mgr-figures">
      {figures.map((figure) => (
        <div key={figure.label} className="card mgr-figure">
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
            {formatChange(figure.change)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
