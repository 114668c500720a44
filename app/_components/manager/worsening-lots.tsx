import Link from 'next/link';
import { useId } from 'react';
import type { WorseningLot } from './manager-report-query';
import { formatCount, omissionCasesHref } from './report-format';
import { ReportSectionHeader } from './report-section-header';

/** Lots whose omissions rose against last month, biggest rise first. */
export function WorseningLots({ month, lots }: { month: string; lots: readonly WorseningLot[] }) {
  const id = useId();
  return (
    <section className="subsection" aria-labelledby={`${id}-heading`}>
      <ReportSectionHeader headingId={`${id}-heading`} title="악화된 주차장" csv={lots.length > 0 ? { table: 'worsening', month } : null} />
      {lots.length === 0 ? (
        <p className="muted">지난달보다 누락이 늘어난 주차장이 없습니다.</p>
      ) : (
        <ul className="card mgr-worsening">
          {lots.map((row) => (
            <li key={row.lot.id}>
              <span>
                <Link href={omissionCasesHref(month, row.lot.id)}>{row.lot.name}</Link>
                <span className="cell-sub">{row.lot.operator.name}</span>
              </span>
              <span className="nowrap">
                {formatCount(row.previous)} → {formatCount(row.current)}{' '}
                <strong className="mgr-change-up">+{row.change}</strong>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
