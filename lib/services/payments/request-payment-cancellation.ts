import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { onsitePayments, paymentCancellations, receiptAttachments, type OnsitePaymentRow } from '@/db/schema';
import { cancellationDueAt } from '@/lib/domain/payment-cancellation';
import { paymentCancellationSms } from '@/lib/domain/sms-templates';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite } from '../cases/case-write';
import { recordAuditedCaseEvent } from '../cases/write-case-event';
import { queueSms } from '../messaging/queue-sms';
import { foundRow, theRow } from '../core/rows';
import { fieldError, ServiceError } from '../core/service-error';

/**
 * Files the cancellation of an on-site payment with the payments team (현장결제 취소 접수);
 * the guide asks for the receipt first, so a payment without one is refused. The request
 * becomes a work item in the managers' shared queue, due after the response target.
 */
export async function requestPaymentCancellation(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { onsitePaymentId: string; expectedVersion?: number | null },
): Promise<OnsitePaymentRow> {
  const notFound = () => fieldError('NOT_FOUND', 'onsitePaymentId', 'onsitePaymentNotFound');
  const found = await foundRow(
    db.select({ caseId: onsitePayments.caseId }).from(onsitePayments).where(eq(onsitePayments.id, input.onsitePaymentId)),
    notFound,
  );
  return db.transaction(async (tx) => {
    const row = await lockCaseForWrite(tx, actor, found.caseId, { expectedVersion: input.expectedVersion });
    const payment = await foundRow(
      tx.select().from(onsitePayments).where(eq(onsitePayments.id, input.onsitePaymentId)).for('update'),
      notFound,
    );
    if (payment.cancellationRequested) throw new ServiceError('CONFLICT', 'cancellationAlreadyRequested');
    const [receipt] = await tx
      .select({ id: receiptAttachments.id })
      .from(receiptAttachments)
      .where(eq(receiptAttachments.onsitePaymentId, payment.id));
    if (!receipt) throw new ServiceError('POLICY_DENIED', 'receiptRequired');
    const now = new Date();
    const updated = await theRow(
      tx
        .update(onsitePayments)
        .set({ cancellationRequested: true, cancellationRequestedAt: now })
        .where(eq(onsitePayments.id, payment.id))
        .returning(),
    );
    await tx.insert(paymentCancellations).values({
      onsitePaymentId: payment.id,
      caseId: payment.caseId,
      requestedAt: now,
      requestedById: actor.id,
      dueAt: cancellationDueAt(now),
    });
    await queueSms(tx, {
      customerId: row.customerId,
      caseId: row.id,
      body: paymentCancellationSms({ amount: payment.amount, caseCode: row.code }),
    });
    const entry = { actor, meta, action: 'REQUEST_PAYMENT_CANCELLATION', subjectType: 'OnsitePayment', subjectId: payment.id } as const;
    const reason = { code: 'eventCancellationRequested', params: { amount: payment.amount } } as const;
    await recordAuditedCaseEvent(tx, entry, row, { type: 'PAYMENT_CANCELLATION_REQUESTED', scriptStep: 'ONSITE_PAYMENT', reason });
    return updated;
  });
}
