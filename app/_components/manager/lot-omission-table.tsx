import Link from 'next/link';
import { useId } from 'react';
import { formatWon } from '../format';
import { LotOmissionChart } from './lot-omission-chart';
import type { LotOmissionRow } from './manager-report-query';
import { formatCount, formatMonth, omissionCasesHref } from './report-format';
import { ReportSectionHeader } from './report-section-header';

/** Each lot's omissions, repeat customers and coupons for the month; counts open the cases. */
export function LotOmissionTable({ month, rows }: { month: string; rows: readonly LotOmissionRow[] }) {
  const id = useId();
  const sorted = [...rows].sort((a, b) => b.omissions - a.omissions || a.lot.name.localeCompare(b.lot.name, 'ko'));

  return (
    <section className="subsection" aria-labelledby={`${id}-heading`}>
      <ReportSectionHeader headingId={`${id}-heading`} title="주차장별 누락" csv={sorted.length > 0 ? { table: 'lots', month } : null} />
      {sorted.length === 0 ? (
        <p className="muted">이 달의 데이터가 없습니다.</p>
      ) : (
        <>
          <LotOmissionChart rows={sorted} />
          <div className="card table-card">
            <table className="table table-stack">
              <caption>{formatMonth(month)} 주차장별 정기권 등록 누락 (누락이 많은 순)</caption>
              <thead>
                <tr>
                  <th scope="col">주차장</th>
                  <th scope="col">운영사</th>
                  <th scope="col" className="numeric">누락</th>
                  <th scope="col" className="numeric">반복 고객</th>
                  <th scope="col" className="numeric">쿠폰</th>
                  <th scope="col" className="numeric">쿠폰 금액</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((row) => (
                  <tr key={row.lot.id}>
                    <th scope="row" data-label="주차장">{row.lot.name}</th>
                    <td data-label="운영사">{row.lot.operator.name}</td>
                    <td data-label="누락" className="numeric nowrap">
                      <Link
                        href={omissionCasesHref(month, row.lot.id)}
                        aria-label={`${row.lot.name} ${formatMonth(month)} 누락 ${formatCount(row.omissions)} 상담 보기`}
                      >
                        {formatCount(row.omissions)}
                      </Link>
                    </td>
                    <td data-label="반복 고객" className="numeric nowrap">{row.customersWithRepeats}명</td>
                    <td data-label="쿠폰" className="numeric nowrap">{formatCount(row.couponsIssued)}</td>
                    <td data-label="쿠폰 금액" className="numeric nowrap">{formatWon(row.couponAmount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
