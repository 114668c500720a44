import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { passes } from '@/db/schema';
import { quoteConsumerAgencyRefund, RefundInputError, type RefundQuote } from '@/lib/domain/refund';
import { ServiceError } from './service-error';

/** The Consumer Agency refund of a pass for a number of days used, computed from the pass. */
export async function quoteRefund(db: Executor, passId: string, usedDays: number): Promise<RefundQuote> {
  const [pass] = await db.select().from(passes).where(eq(passes.id, passId));
  if (!pass) throw new ServiceError('NOT_FOUND', 'passId: 정기권을 찾을 수 없습니다.', 'passId');
  return computeQuote(pass.amountPaid, pass.availableDays, usedDays);
}

/** The domain's quote, its input errors turned into the API's BAD_USER_INPUT. */
export function computeQuote(paid: number, availableDays: number, usedDays: number): RefundQuote {
  try {
    return quoteConsumerAgencyRefund(paid, availableDays, usedDays);
  } catch (error) {
    if (error instanceof RefundInputError) throw new ServiceError('BAD_USER_INPUT', `${error.field}: ${error.message}`, error.field);
    throw error;
  }
}
