import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { cases, passes, refunds, type RefundRow } from '@/db/schema';
import { refundableAmount } from '@/lib/domain/refund';
import type { Actor, RequestMeta } from '../core/actor';
import { recordAuditedCaseEvent } from '../cases/write-case-event';
import { foundRow, theRow } from '../core/rows';
import { lockPassForRefund, refundCapExceeded, refundCapRefusal } from './refund-cap';
import { fieldError, ServiceError } from '../core/service-error';

export interface DecideRefundInput {
  id: string;
  approve: boolean;
  /** Why; required when rejecting, so the agent can tell the customer. */
  reason?: string | null;
}

/**
 * A manager approves or rejects a proposed refund. Only a PROPOSED refund can be decided,
 * once: the row is locked, so of two managers deciding at once one wins and the other gets
 * CONFLICT. An approval marks the pass REFUNDED. The case's timeline records the decision
 * without moving the case's version (the agent's open page stays current).
 * An approval never takes a pass beyond its price: the proposal already counted against it,
 * so only a pass held above its price before the database capped it can be refused here
 * (reject its other refunds first). A rejection is always possible.
 */
export async function decideRefund(db: Database, actor: Actor, meta: RequestMeta, input: DecideRefundInput): Promise<RefundRow> {
  const reason = input.reason ?? null;
  if (!input.approve && !reason) throw fieldError('BAD_USER_INPUT', 'reason', 'rejectReasonRequired');
  try {
    return await decide(db, actor, meta, { ...input, reason });
  } catch (error) {
    throw refundCapRefusal(error) ?? error;
  }
}

function decide(db: Database, actor: Actor, meta: RequestMeta, input: DecideRefundInput & { reason: string | null }): Promise<RefundRow> {
  const { reason } = input;
  return db.transaction(async (tx) => {
    const notFound = () => fieldError('NOT_FOUND', 'id', 'refundNotFound');
    const found = await foundRow(tx.select({ caseId: refunds.caseId }).from(refunds).where(eq(refunds.id, input.id)), notFound);
    // Case first, then refund: the same order as proposeRefund, so the two never deadlock.
    await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, found.caseId)).for('update');
    const refund = await foundRow(tx.select().from(refunds).where(eq(refunds.id, input.id)).for('update'), notFound);
    if (refund.status !== 'PROPOSED') {
      throw new ServiceError('CONFLICT', refund.status === 'APPROVED' ? 'refundAlreadyApproved' : 'refundAlreadyRejected');
    }
    if (input.approve) {
      // Case, refund, then pass: the order proposeRefund and the trigger take them in.
      const pass = await lockPassForRefund(tx, refund.passId);
      if (pass.refundsHeld > pass.amountPaid) throw refundCapExceeded(refundableAmount(pass.amountPaid, pass.refundsHeld - refund.amount));
    }
    const decided = await theRow(
      tx
        .update(refunds)
        .set({ status: input.approve ? 'APPROVED' : 'REJECTED', decidedById: actor.id, decidedAt: sql`now()`, decisionReason: reason })
        .where(eq(refunds.id, refund.id))
        .returning(),
      'refund vanished inside its own transaction',
    );
    if (input.approve) await tx.update(passes).set({ status: 'REFUNDED' }).where(eq(passes.id, refund.passId));
    const action = input.approve ? 'APPROVE_REFUND' : 'REJECT_REFUND';
    await recordAuditedCaseEvent(
      tx,
      { actor, meta, action, subjectType: 'Refund', subjectId: refund.id },
      { id: refund.caseId },
      {
        type: input.approve ? 'REFUND_APPROVED' : 'REFUND_REJECTED',
        scriptStep: 'COMPENSATION',
        reason: !input.approve
          ? { code: 'eventRefundRejected', params: { amount: refund.amount, reason: reason ?? '' } }
          : reason
            ? { code: 'eventRefundApprovedWhy', params: { amount: refund.amount, reason } }
            : { code: 'eventRefundApproved', params: { amount: refund.amount } },
        byAgent: false,
      },
    );
    return decided;
  });
}
