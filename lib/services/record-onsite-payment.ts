import type { Database } from '@/db/client';
import { onsitePayments, type OnsitePaymentRow } from '@/db/schema';
import { formatWon } from '@/lib/domain/won';
import type { Actor, RequestMeta } from './actor';
import { lockCaseForWrite, recordCaseEvent } from './case-write';
import { idempotentTransaction } from './idempotency';
import { recordAudit } from './record-audit';
import { ServiceError } from './service-error';

/** Records money the customer paid at the exit although the pass should have covered it. */
export function recordOnsitePayment(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { caseId: string; amount: number; paidAt: Date; expectedVersion?: number | null },
  now = new Date(),
): Promise<OnsitePaymentRow> {
  if (input.paidAt.getTime() > now.getTime() + 60_000) {
    throw new ServiceError('BAD_USER_INPUT', 'paidAt: 결제 일시는 미래일 수 없습니다.', 'paidAt');
  }
  return idempotentTransaction(db, actor, meta, { operation: 'recordOnsitePayment', input, table: onsitePayments }, async (tx) => {
    const row = await lockCaseForWrite(tx, actor, input.caseId, { expectedVersion: input.expectedVersion });
    const [payment] = await tx
      .insert(onsitePayments)
      .values({ caseId: row.id, amount: input.amount, paidAt: input.paidAt, recordedById: actor.id })
      .returning();
    if (!payment) throw new Error('insert returned no row');
    await recordCaseEvent(tx, actor, row, {
      type: 'ONSITE_PAYMENT_RECORDED',
      scriptStep: 'ONSITE_PAYMENT',
      detail: `현장결제 ${formatWon(input.amount)}`,
    });
    await recordAudit(tx, { actor, meta, action: 'RECORD_ONSITE_PAYMENT', subjectType: 'OnsitePayment', subjectId: payment.id });
    return payment;
  });
}
