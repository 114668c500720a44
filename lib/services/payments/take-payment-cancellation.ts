import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { paymentCancellations, type PaymentCancellationRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { recordCaseEvent } from '../cases/case-write';
import { lockPaymentCancellation } from './lock-payment-cancellation';
import { recordAudit } from '../audit/record-audit';

/**
 * A manager takes a received cancellation from the shared queue: it becomes theirs and 처리 중.
 * The case's timeline says so without moving its version (the agent's page stays current).
 */
export function takePaymentCancellation(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { id: string },
): Promise<PaymentCancellationRow> {
  return db.transaction(async (tx) => {
    const { cancellation, amount } = await lockPaymentCancellation(tx, input.id, 'TAKE');
    const [taken] = await tx
      .update(paymentCancellations)
      .set({ status: 'IN_PROGRESS', ownerId: actor.id, startedAt: sql`now()` })
      .where(eq(paymentCancellations.id, cancellation.id))
      .returning();
    if (!taken) throw new Error('cancellation vanished inside its own transaction');
    await recordCaseEvent(
      tx,
      actor,
      { id: cancellation.caseId },
      {
        type: 'PAYMENT_CANCELLATION_STARTED',
        scriptStep: 'ONSITE_PAYMENT',
        reason: { code: 'eventCancellationStarted', params: { amount } },
        byAgent: false,
      },
    );
    await recordAudit(tx, {
      actor,
      meta,
      action: 'START_PAYMENT_CANCELLATION',
      subjectType: 'PaymentCancellation',
      subjectId: cancellation.id,
    });
    return taken;
  });
}
