'use client';

import { useId, useState } from 'react';
import { formatWon } from '../format';
import type { ManagerReport, OperatorRow, OperatorTimes } from './manager-report-query';
import { formatCount, formatDuration, formatShare } from './report-format';
import { ReportSectionHeader } from './report-section-header';

type ByOperator = ManagerReport['responseTimes']['byOperator'];
interface ScoreRow extends OperatorRow {
  times: OperatorTimes | null;
}
type SortKey = 'name' | 'omissions' | 'repeats' | 'coupons' | 'refunds' | 'median' | 'share' | 'overdue';
type Direction = 'ascending' | 'descending';

// Missing figures (no request that month) sort last whichever way the column runs.
const VALUE_OF: Record<Exclude<SortKey, 'name'>, (row: ScoreRow) => number | null> = {
  omissions: (row) => row.omissions,
  repeats: (row) => row.customersWithRepeats,
  coupons: (row) => row.couponsIssued,
  refunds: (row) => row.refundsCount,
  median: (row) => row.times?.exitAckMedianSeconds ?? null,
  share: (row) => row.times?.exitWithinTargetShare ?? null,
  overdue: (row) => row.times?.overdueCount ?? null,
};

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: '운영사' },
  { key: 'omissions', label: '누락' },
  { key: 'repeats', label: '반복 고객' },
  { key: 'coupons', label: '쿠폰' },
  { key: 'refunds', label: '환불' },
  { key: 'median', label: '출차 처리 중앙값' },
  { key: 'share', label: '기한 내 처리율' },
  { key: 'overdue', label: '지연 건수' },
];

function sortRows(rows: ScoreRow[], key: SortKey, direction: Direction): ScoreRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'name') return sign * a.operator.name.localeCompare(b.operator.name, 'ko');
    const x = VALUE_OF[key](a);
    const y = VALUE_OF[key](b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y) || a.operator.name.localeCompare(b.operator.name, 'ko');
  });
}

/** Each operator's month: omissions, compensation and how fast it answered; columns sort. */
export function OperatorScorecard({ month, rows, times }: { month: string; rows: readonly OperatorRow[]; times: ByOperator }) {
  const id = useId();
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({ key: 'omissions', direction: 'descending' });
  const timesOf = new Map(times.map((entry) => [entry.operator.id, entry.times]));
  const scored = sortRows(
    rows.map((row) => ({ ...row, times: timesOf.get(row.operator.id) ?? null })),
    sort.key,
    sort.direction,
  );

  function sortBy(key: SortKey) {
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'name' ? 'ascending' : 'descending' },
    );
  }

  return (
    <section className="subsection" aria-labelledby={`${id}-heading`}>
      <ReportSectionHeader headingId={`${id}-heading`} title="운영사 성적표" csv={scored.length > 0 ? { table: 'operators', month } : null} />
      {scored.length === 0 ? (
        <p className="muted">이 달의 데이터가 없습니다.</p>
      ) : (
        <div className="card table-card">
          <table className="table table-stack mgr-scorecard">
            <caption>운영사별 누락·보상·출차 처리 (열 제목을 누르면 정렬)</caption>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th
                    key={column.key}
                    scope="col"
                    className={column.key === 'name' ? undefined : 'numeric'}
                    aria-sort={sort.key === column.key ? sort.direction : undefined}
                  >
                    <button type="button" className="mgr-sort" onClick={() => sortBy(column.key)}>
                      {column.label}
                      <span aria-hidden="true" className="mgr-sort-mark">
                        {sort.key === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {scored.map((row) => (
                <tr key={row.operator.id}>
                  <th scope="row" data-label="운영사">{row.operator.name}</th>
                  <td data-label="누락" className="numeric nowrap">{formatCount(row.omissions)}</td>
                  <td data-label="반복 고객" className="numeric nowrap">{row.customersWithRepeats}명</td>
                  <td data-label="쿠폰" className="numeric">
                    <span>
                      <span className="nowrap">{formatCount(row.couponsIssued)}</span>
                      <span className="cell-sub nowrap">{formatWon(row.couponAmount)}</span>
                    </span>
                  </td>
                  <td data-label="환불" className="numeric">
                    <span>
                      <span className="nowrap">{formatCount(row.refundsCount)}</span>
                      <span className="cell-sub nowrap">{formatWon(row.refundAmount)}</span>
                    </span>
                  </td>
                  <td data-label="출차 처리 중앙값" className="numeric nowrap">
                    {formatDuration(row.times?.exitAckMedianSeconds)}
                  </td>
                  <td data-label="기한 내 처리율" className="numeric nowrap">
                    {formatShare(row.times?.exitWithinTargetShare)}
                  </td>
                  <td data-label="지연 건수" className="numeric nowrap">
                    {row.times ? formatCount(row.times.overdueCount) : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
