import { formatWon } from '../format';
import { REFUND_BASIS_LABEL, REFUND_STATUS_LABEL, REFUND_STATUS_TONE } from './case-labels';
import type { AgentCase } from './case-workspace-context';

/** The case's refund proposals and what the manager decided. */
export function RefundList({ refunds }: { refunds: AgentCase['refunds'] }) {
  if (refunds.length === 0) return null;
  return (
    <ul className="request-list" aria-label="환불 제안">
      {refunds.map((refund) => (
        <li key={refund.id}>
          <span className="request-name">
            {REFUND_BASIS_LABEL[refund.basis]} 환불 {formatWon(refund.amount)}
          </span>
          <span className={`badge ${REFUND_STATUS_TONE[refund.status]}`}>{REFUND_STATUS_LABEL[refund.status]}</span>
          {refund.usedDays !== null && refund.usedDays !== undefined && (
            <span className="muted">실제 이용 {refund.usedDays}일</span>
          )}
        </li>
      ))}
    </ul>
  );
}
