import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { refunds, type RefundRow } from '@/db/schema';
import { refundableAmount } from '@/lib/domain/refund';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite, recordCaseEvent } from '../cases/case-write';
import { idempotentTransaction } from '../core/idempotency';
import { computeQuote } from './quote-refund';
import { recordAudit } from '../audit/record-audit';
import { lockPassForRefund, passAlreadyRefunded, refundCapExceeded, refundCapRefusal } from './refund-cap';
import { fieldError, ServiceError } from '../core/service-error';

export interface ProposeRefundInput {
  caseId: string;
  basis: RefundRow['basis'];
  usedDays?: number | null;
  amount?: number | null;
  expectedVersion?: number | null;
  /** Why the agent proposes it, for the approving manager; never on the timeline (operators read it). */
  reason?: string | null;
}

/**
 * Proposes a refund on a refund-claim case, for a manager to decide. On the Consumer Agency
 * basis the server computes the amount from the pass and the days used; on the company's
 * own basis (not in the guide) the agent proposes an amount between 0 and what was paid.
 * A pass is never refunded beyond its price, over all its cases: the refunds held on it
 * (proposed or approved) leave what it can still take, and a pass whose refund was approved
 * takes no new one. The pass is locked for that check; the database's trigger is the guarantee.
 */
export async function proposeRefund(db: Database, actor: Actor, meta: RequestMeta, input: ProposeRefundInput): Promise<RefundRow> {
  if (input.basis === 'CONSUMER_AGENCY') {
    if (input.usedDays == null) throw fieldError('BAD_USER_INPUT', 'usedDays', 'usedDaysRequired');
    if (input.amount != null) throw fieldError('BAD_USER_INPUT', 'amount', 'amountComputedByServer');
  } else if (input.amount == null) {
    throw fieldError('BAD_USER_INPUT', 'amount', 'amountRequired');
  }
  try {
    return await insertProposal(db, actor, meta, input);
  } catch (error) {
    throw refundCapRefusal(error) ?? error;
  }
}

function insertProposal(db: Database, actor: Actor, meta: RequestMeta, input: ProposeRefundInput): Promise<RefundRow> {
  return idempotentTransaction(db, actor, meta, { operation: 'proposeRefund', input, table: refunds }, async (tx) => {
    const row = await lockCaseForWrite(tx, actor, input.caseId, { expectedVersion: input.expectedVersion });
    if (row.kind !== 'REFUND_CLAIM') {
      throw new ServiceError('POLICY_DENIED', 'refundOnlyForRefundCases');
    }
    const pass = await lockPassForRefund(tx, row.passId);
    const amount =
      input.basis === 'CONSUMER_AGENCY'
        ? computeQuote(pass.amountPaid, pass.availableDays, input.usedDays ?? 0).refund
        : (input.amount ?? 0);
    if (amount > pass.amountPaid) {
      throw fieldError('BAD_USER_INPUT', 'amount', 'refundOverPaid', { paid: pass.amountPaid });
    }
    if (input.usedDays != null) computeQuote(pass.amountPaid, pass.availableDays, input.usedDays);
    const [active] = await tx
      .select({ id: refunds.id })
      .from(refunds)
      .where(and(eq(refunds.caseId, row.id), inArray(refunds.status, ['PROPOSED', 'APPROVED'])));
    if (active) throw new ServiceError('CONFLICT', 'refundInProgress');
    if (pass.status === 'REFUNDED') throw passAlreadyRefunded();
    const refundable = refundableAmount(pass.amountPaid, pass.refundsHeld);
    if (amount > refundable) throw refundCapExceeded(refundable);
    const [refund] = await tx
      .insert(refunds)
      .values({
        caseId: row.id,
        passId: pass.id,
        basis: input.basis,
        paid: pass.amountPaid,
        availableDays: pass.availableDays,
        usedDays: input.usedDays ?? null,
        amount,
        proposedById: actor.id,
        proposalReason: input.reason ?? null,
      })
      .returning();
    if (!refund) throw new Error('insert returned no row');
    await recordCaseEvent(tx, actor, row, {
      type: 'REFUND_PROPOSED',
      scriptStep: 'COMPENSATION',
      reason: { code: 'eventRefundProposed', params: { amount, basis: input.basis, usedDays: input.usedDays ?? 0 } },
    });
    await recordAudit(tx, { actor, meta, action: 'PROPOSE_REFUND', subjectType: 'Refund', subjectId: refund.id });
    return refund;
  });
}
