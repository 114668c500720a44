import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { passes } from '@/db/schema';
import { quoteConsumerAgencyRefund, RefundInputError, type RefundQuote } from '@/lib/domain/refund';
import type { Actor, RequestMeta } from '../core/actor';
import { recordRead } from '../audit/record-read';
import { fieldError } from '../core/service-error';

/**
 * The Consumer Agency refund of a pass for a number of days used, computed from the pass.
 * It reads what the customer paid, so it is logged; the days are left out of the entry so
 * that a calculator re-quoting as the agent types stays one entry a minute.
 */
export async function quoteRefund(db: Executor, actor: Actor, meta: RequestMeta, passId: string, usedDays: number): Promise<RefundQuote> {
  const [pass] = await db.select().from(passes).where(eq(passes.id, passId));
  if (!pass) throw fieldError('NOT_FOUND', 'passId', 'passNotFound');
  const quote = computeQuote(pass.amountPaid, pass.availableDays, usedDays);
  await recordRead(db, { actor, meta, action: 'QUOTE_REFUND', subjectType: 'Pass', subjectId: pass.id });
  return quote;
}

/** The domain's quote, its input errors turned into the API's BAD_USER_INPUT. */
export function computeQuote(paid: number, availableDays: number, usedDays: number): RefundQuote {
  try {
    return quoteConsumerAgencyRefund(paid, availableDays, usedDays);
  } catch (error) {
    if (error instanceof RefundInputError) throw fieldError('BAD_USER_INPUT', error.field, error.reason.code, error.reason.params);
    throw error;
  }
}
