import { eq } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { cases, onsitePayments, paymentCancellations, type PaymentCancellationRow } from '@/db/schema';
import { cancellationMoveRefusal, type CancellationMove } from '@/lib/domain/payment-cancellation';
import { fieldError, ServiceError } from '../core/service-error';

/** A cancellation locked for a manager's move, with what its records and text need. */
export interface LockedCancellation {
  cancellation: PaymentCancellationRow;
  amount: number;
  caseCode: string;
  customerId: string;
}

const notFound = () => fieldError('NOT_FOUND', 'id', 'cancellationNotFound');

/**
 * Locks the case, then the cancellation (the order requestPaymentCancellation takes, so the two
 * never deadlock), and refuses a move its state does not allow with CONFLICT: of two managers
 * acting at once, one wins and the other is told to refresh.
 */
export async function lockPaymentCancellation(tx: Transaction, id: string, move: CancellationMove): Promise<LockedCancellation> {
  const [found] = await tx
    .select({ caseId: paymentCancellations.caseId })
    .from(paymentCancellations)
    .where(eq(paymentCancellations.id, id));
  if (!found) throw notFound();
  const [kase] = await tx
    .select({ code: cases.code, customerId: cases.customerId })
    .from(cases)
    .where(eq(cases.id, found.caseId))
    .for('update');
  const [locked] = await tx
    .select({ cancellation: paymentCancellations, amount: onsitePayments.amount })
    .from(paymentCancellations)
    .innerJoin(onsitePayments, eq(onsitePayments.id, paymentCancellations.onsitePaymentId))
    .where(eq(paymentCancellations.id, id))
    .for('update', { of: paymentCancellations });
  if (!kase || !locked) throw notFound();
  const refusal = cancellationMoveRefusal(locked.cancellation.status, move);
  if (refusal) throw new ServiceError('CONFLICT', refusal);
  return { cancellation: locked.cancellation, amount: locked.amount, caseCode: kase.code, customerId: kase.customerId };
}
