import type { RuleReason } from './rule-reason';

/** A refund computed on the Consumer Agency (소보원) basis: the days used are deducted. */
export interface RefundQuote {
  paid: number;
  availableDays: number;
  usedDays: number;
  usedAmount: number;
  refund: number;
}

/** Why a refund cannot be computed, naming the input at fault and the reason as a catalog sentence. */
export class RefundInputError extends Error {
  constructor(
    readonly field: 'paid' | 'availableDays' | 'usedDays',
    readonly reason: RuleReason<'refundPaidInvalid' | 'availableDaysMin' | 'refundUsedDaysRange'>,
  ) {
    super(`${field}: ${reason.code}`);
    this.name = 'RefundInputError';
  }
}

/**
 * The pro-rata refund of the guide: 환불액 = 결제액 − (결제액 / 이용가능일) × 실제이용일.
 * The used part is rounded down, so the customer gets the odd won:
 * used = floor(paid × usedDays / availableDays), refund = paid − used.
 */
export function quoteConsumerAgencyRefund(paid: number, availableDays: number, usedDays: number): RefundQuote {
  if (!Number.isSafeInteger(paid) || paid < 0) throw new RefundInputError('paid', { code: 'refundPaidInvalid' });
  if (!Number.isSafeInteger(availableDays) || availableDays <= 0) {
    throw new RefundInputError('availableDays', { code: 'availableDaysMin' });
  }
  if (!Number.isSafeInteger(usedDays) || usedDays < 0 || usedDays > availableDays) {
    throw new RefundInputError('usedDays', { code: 'refundUsedDaysRange', params: { availableDays } });
  }
  // Integer arithmetic: paid × usedDays stays far below 2^53 for any real pass.
  const usedAmount = Math.floor((paid * usedDays) / availableDays);
  return { paid, availableDays, usedDays, usedAmount, refund: paid - usedAmount };
}

/** The longest reason an agent may give for a refund proposal (refunds.proposal_reason's CHECK). */
export const REFUND_PROPOSAL_REASON_MAX = 2000;

/** The longest reason a manager may give when rejecting a refund proposal. */
export const REFUND_REJECT_REASON_MAX = 500;

/**
 * What a pass can still be refunded: its price less its refunds held (proposed or approved),
 * never below 0 (a pass held above its price before the database capped it takes nothing more).
 */
export function refundableAmount(paid: number, held: number): number {
  return Math.max(0, paid - held);
}
