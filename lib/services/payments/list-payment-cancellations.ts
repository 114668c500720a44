import { asc, desc, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { paymentCancellations, type PaymentCancellationRow } from '@/db/schema';
import { OPEN_CANCELLATION_STATUSES, type CancellationStatus } from '@/lib/domain/payment-cancellation';

/**
 * The managers' cancellation queue: by default the open ones (접수, 처리 중), soonest due first;
 * settled ones (when asked for) after them, newest first. One statement; the page's case, lot,
 * payment, receipt and owner come through the request's loaders.
 */
export function listPaymentCancellations(
  db: Executor,
  input: { statuses?: readonly CancellationStatus[] | null; first: number },
): Promise<PaymentCancellationRow[]> {
  const statuses = input.statuses?.length ? input.statuses : OPEN_CANCELLATION_STATUSES;
  return db
    .select()
    .from(paymentCancellations)
    .where(inArray(paymentCancellations.status, [...statuses]))
    .orderBy(
      sql`${paymentCancellations.resolvedAt} DESC NULLS FIRST`,
      asc(paymentCancellations.dueAt),
      desc(paymentCancellations.requestedAt),
      asc(paymentCancellations.id),
    )
    .limit(input.first);
}
