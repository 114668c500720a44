import type { Database } from '@/db/client';
import { onsitePayments, type OnsitePaymentRow } from '@/db/schema';
import { formatKstIso } from '@/lib/domain/calendar';
import { onsitePaymentProblem, type OnsitePaymentProblem } from '@/lib/domain/onsite-payment';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite } from '../cases/case-write';
import { recordAuditedCaseEvent } from '../cases/write-case-event';
import { idempotentTransaction } from '../core/idempotency';
import { insertRow } from '../core/rows';
import { fieldError, type ServiceError } from '../core/service-error';

const FIELD_OF: Record<OnsitePaymentProblem, 'amount' | 'paidAt'> = {
  AMOUNT_BELOW_MIN: 'amount',
  PAID_BEFORE_INCIDENT: 'paidAt',
  PAID_IN_FUTURE: 'paidAt',
};

function refusal(problem: OnsitePaymentProblem, incidentAt: Date | null): ServiceError {
  const field = FIELD_OF[problem];
  const incident = incidentAt ? formatKstIso(incidentAt).slice(0, 16).replace('T', ' ') : '';
  const reason = (
    { AMOUNT_BELOW_MIN: 'paymentBelowMin', PAID_IN_FUTURE: 'paidInFuture', PAID_BEFORE_INCIDENT: 'paidBeforeIncident' } as const
  )[problem];
  return fieldError('BAD_USER_INPUT', field, reason, { incident });
}

/** Records money the customer paid at the exit although the pass should have covered it. */
export function recordOnsitePayment(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { caseId: string; amount: number; paidAt: Date; expectedVersion?: number | null },
  now = new Date(),
): Promise<OnsitePaymentRow> {
  // What needs no case is refused before a transaction starts; the incident's time needs it.
  const early = onsitePaymentProblem({ ...input, incidentAt: new Date(0), now });
  if (early) throw refusal(early, null);
  return idempotentTransaction(db, actor, meta, { operation: 'recordOnsitePayment', input, table: onsitePayments }, async (tx) => {
    const row = await lockCaseForWrite(tx, actor, input.caseId, { expectedVersion: input.expectedVersion });
    const problem = onsitePaymentProblem({ ...input, incidentAt: row.incidentAt, now });
    if (problem) throw refusal(problem, row.incidentAt);
    const { amount, paidAt } = input;
    const payment = await insertRow(tx, onsitePayments, { caseId: row.id, amount, paidAt, recordedById: actor.id });
    const entry = { actor, meta, action: 'RECORD_ONSITE_PAYMENT', subjectType: 'OnsitePayment', subjectId: payment.id } as const;
    const reason = { code: 'eventOnsitePayment', params: { amount } } as const;
    await recordAuditedCaseEvent(tx, entry, row, { type: 'ONSITE_PAYMENT_RECORDED', scriptStep: 'ONSITE_PAYMENT', reason });
    return payment;
  });
}
