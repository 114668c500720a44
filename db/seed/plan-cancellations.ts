import type { paymentCancellations } from '../schema';
import { cancellationDueAt } from '../../lib/domain/payment-cancellation';
import type { New } from './types';

export type NewPaymentCancellation = typeof paymentCancellations.$inferInsert;

const HOUR = 3_600_000;
/** Older than this, the payments team settled it long ago; newer ones still sit in the queue. */
const SETTLED_AFTER_DAYS = 7;
const REJECT_REASON = '카드사 확인 결과 이미 취소된 결제입니다.';

/**
 * The work item of every filed cancellation, so the managers' queue tells a story: old ones
 * completed (every tenth rejected), a day or so after filing; the last week's ones waiting,
 * every other one taken by the demo manager, some of them past their 72-hour target.
 */
export function planCancellations(payments: readonly New<'onsitePayments'>[], managerId: string, now: Date): NewPaymentCancellation[] {
  const filed = payments.filter((payment) => payment.cancellationRequested && payment.cancellationRequestedAt);
  return filed.map((payment, index) => {
    const requestedAt = payment.cancellationRequestedAt as Date;
    const base = {
      onsitePaymentId: payment.id,
      caseId: payment.caseId,
      requestedAt,
      requestedById: payment.recordedById ?? null,
      dueAt: cancellationDueAt(requestedAt),
    };
    const startedAt = new Date(requestedAt.getTime() + 2 * HOUR);
    if (now.getTime() - requestedAt.getTime() > SETTLED_AFTER_DAYS * 24 * HOUR) {
      const rejected = index % 10 === 9;
      return {
        ...base,
        status: rejected ? 'REJECTED' : 'COMPLETED',
        ownerId: managerId,
        startedAt,
        resolvedAt: new Date(requestedAt.getTime() + (20 + (index % 40)) * HOUR),
        resolvedById: managerId,
        rejectReason: rejected ? REJECT_REASON : null,
      } satisfies NewPaymentCancellation;
    }
    if (index % 2 === 0 || startedAt > now) return base;
    return { ...base, status: 'IN_PROGRESS', ownerId: managerId, startedAt } satisfies NewPaymentCancellation;
  });
}
