import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { paymentCancellations, type PaymentCancellationRow } from '@/db/schema';
import { paymentCancellationCompletedSms, paymentCancellationRejectedSms } from '@/lib/domain/sms-templates';
import type { Actor, RequestMeta } from '../core/actor';
import { recordCaseEvent } from '../cases/case-write';
import { lockPaymentCancellation } from './lock-payment-cancellation';
import { queueSms } from '../messaging/queue-sms';
import { recordAudit } from '../audit/record-audit';

/** The payments team cancelled the payment: 완료, and the customer is texted in the same transaction. */
export function completePaymentCancellation(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { id: string },
): Promise<PaymentCancellationRow> {
  return settle(db, actor, meta, input.id, null);
}

/**
 * The payment could not be cancelled: 반려 with the manager's reason. The customer was promised
 * the result, so they are texted too, without the reason (staff wording stays inside, as with an
 * operator's rejection); the agent reads the reason on the case page and calls back.
 */
export function rejectPaymentCancellation(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { id: string; reason: string },
): Promise<PaymentCancellationRow> {
  return settle(db, actor, meta, input.id, input.reason);
}

// One move for both outcomes: a reason means 반려. Settling straight from the shared queue
// (접수) makes the settling manager its owner, so started_at and owner are never blank on it.
function settle(db: Database, actor: Actor, meta: RequestMeta, id: string, rejectReason: string | null): Promise<PaymentCancellationRow> {
  const completing = rejectReason === null;
  return db.transaction(async (tx) => {
    const { cancellation, amount, caseCode, customerId } = await lockPaymentCancellation(tx, id, completing ? 'COMPLETE' : 'REJECT');
    const [settled] = await tx
      .update(paymentCancellations)
      .set({
        status: completing ? 'COMPLETED' : 'REJECTED',
        ownerId: cancellation.ownerId ?? actor.id,
        startedAt: cancellation.startedAt ?? sql`now()`,
        resolvedAt: sql`now()`,
        resolvedById: actor.id,
        rejectReason,
      })
      .where(eq(paymentCancellations.id, cancellation.id))
      .returning();
    if (!settled) throw new Error('cancellation vanished inside its own transaction');
    const body = completing ? paymentCancellationCompletedSms({ amount, caseCode }) : paymentCancellationRejectedSms({ amount, caseCode });
    await queueSms(tx, { customerId, caseId: cancellation.caseId, body });
    // The reason is not in the timeline's words: timeline details travel further (operators of
    // the lot read the timeline); it is on the cancellation, for the case's agents and managers.
    await recordCaseEvent(
      tx,
      actor,
      { id: cancellation.caseId },
      {
        type: completing ? 'PAYMENT_CANCELLATION_COMPLETED' : 'PAYMENT_CANCELLATION_REJECTED',
        scriptStep: 'ONSITE_PAYMENT',
        reason: { code: completing ? 'eventCancellationCompleted' : 'eventCancellationRejected', params: { amount } },
        byAgent: false,
      },
    );
    await recordAudit(tx, {
      actor,
      meta,
      action: completing ? 'COMPLETE_PAYMENT_CANCELLATION' : 'REJECT_PAYMENT_CANCELLATION',
      subjectType: 'PaymentCancellation',
      subjectId: cancellation.id,
    });
    return settled;
  });
}
