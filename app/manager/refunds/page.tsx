import type { Metadata } from 'next';
import { RefundApprovals } from '@/app/_components/manager/refund-approvals';

export const metadata: Metadata = { title: '환불 승인' };

/** Refunds proposed by agents, waiting for a manager's decision. */
export default function ManagerRefundsPage() {
  return (
    <div className="page">
      <div className="page-header">
        <h1>환불 승인</h1>
        <p className="muted">상담사가 제안한 정기권 환불입니다. 승인하거나 사유를 적어 반려합니다.</p>
      </div>
      <section className="section" aria-label="승인 대기 환불">
        <RefundApprovals />
      </section>
    </div>
  );
}
