import Link from 'next/link';
import { useId } from 'react';
import type { RepeatCustomer } from './manager-report-query';
import styles from './repeat-customers-table.module.css';
import { formatCount, formatMonth } from './report-format';
import { ReportSectionHeader } from './report-section-header';

// The dashboard stays a glance; the CSV holds every customer.
const SHOWN = 20;

/** Where a manager reads a customer's counted omissions of a month (the cases behind the count). */
function customerCasesHref(month: string, customerId: string): string {
  const query = new URLSearchParams({ month, kind: 'OPERATOR_OMISSION', counted: '1', customerId });
  return `/manager/cases?${query.toString()}`;
}

/** Customers hit twice or more in the month, most first: masked phone, omissions, coupon, lots. */
export function RepeatCustomersTable({ month, rows }: { month: string; rows: readonly RepeatCustomer[] }) {
  const id = useId();
  const shown = rows.slice(0, SHOWN);

  return (
    <section className="subsection" aria-labelledby={`${id}-heading`}>
      <ReportSectionHeader headingId={`${id}-heading`} title="반복 누락 고객" csv={rows.length > 0 ? { table: 'repeat-customers', month } : null} />
      {rows.length === 0 ? (
        <p className="muted">이 달에 정기권 등록 누락을 두 번 이상 겪은 고객이 없습니다.</p>
      ) : (
        <div className="card table-card">
          <table className="table table-stack">
            <caption>
              {formatMonth(month)} 정기권 등록 누락을 두 번 이상 겪은 고객 (누락이 많은 순
              {rows.length > SHOWN ? `, ${rows.length.toLocaleString('ko-KR')}명 중 ${SHOWN}명` : ''})
            </caption>
            <thead>
              <tr>
                <th scope="col">고객</th>
                <th scope="col" className="numeric">누락</th>
                <th scope="col">쿠폰</th>
                <th scope="col">주차장</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.customer.id}>
                  <th scope="row" data-label="고객">
                    {row.customer.name}
                    <span className={`cell-sub nowrap ${styles.phone}`}>{row.customer.phoneMasked}</span>
                  </th>
                  <td data-label="누락" className="numeric nowrap">
                    <Link
                      href={customerCasesHref(month, row.customer.id)}
                      aria-label={`${row.customer.name} ${formatMonth(month)} 누락 ${formatCount(row.omissions)} 상담 보기`}
                    >
                      {formatCount(row.omissions)}
                    </Link>
                  </td>
                  <td data-label="쿠폰">
                    <span className={row.couponIssued ? 'badge badge-success' : 'badge badge-neutral'}>
                      {row.couponIssued ? '지급' : '미지급'}
                    </span>
                  </td>
                  <td data-label="주차장">{row.lots.map((lot) => lot.name).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > SHOWN && (
        <p className="muted">
          누락이 많은 {SHOWN}명만 보입니다. 전체 {rows.length.toLocaleString('ko-KR')}명은 CSV로 내려받을 수 있습니다.
        </p>
      )}
    </section>
  );
}
