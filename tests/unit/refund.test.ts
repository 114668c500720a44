import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteConsumerAgencyRefund, refundableAmount, RefundInputError } from '@/lib/domain/refund';

describe('refund on the Consumer Agency basis (소보원)', () => {
  it.each([
    [150_000, 30, 7, 35_000, 115_000],
    [100_000, 30, 10, 33_333, 66_667],
    [100_000, 30, 0, 0, 100_000],
    [100_000, 30, 30, 100_000, 0],
    [0, 30, 10, 0, 0],
    [250_000, 31, 17, 137_096, 112_904],
  ])('paid %i, available %i, used %i → used amount %i, refund %i', (paid, available, used, usedAmount, refund) => {
    expect(quoteConsumerAgencyRefund(paid, available, used)).toEqual({
      paid,
      availableDays: available,
      usedDays: used,
      usedAmount,
      refund,
    });
  });

  it.each([
    ['used days above the available days', 100_000, 30, 31, 'usedDays'],
    ['negative used days', 100_000, 30, -1, 'usedDays'],
    ['zero available days', 100_000, 0, 0, 'availableDays'],
    ['a negative amount paid', -1, 30, 1, 'paid'],
    ['fractional days', 100_000, 30, 1.5, 'usedDays'],
  ])('refuses %s, naming the field', (_what, paid, available, used, field) => {
    const attempt = () => quoteConsumerAgencyRefund(paid, available, used);
    expect(attempt).toThrow(RefundInputError);
    try {
      attempt();
    } catch (error) {
      expect((error as RefundInputError).field).toBe(field);
    }
  });

  const pass = fc
    .record({ paid: fc.integer({ min: 0, max: 10_000_000 }), available: fc.integer({ min: 1, max: 366 }) })
    .chain(({ paid, available }) =>
      fc.record({ paid: fc.constant(paid), available: fc.constant(available), used: fc.integer({ min: 0, max: available }) }),
    );

  it('law: 0 ≤ refund ≤ paid, and used amount + refund = paid', () => {
    fc.assert(
      fc.property(pass, ({ paid, available, used }) => {
        const quote = quoteConsumerAgencyRefund(paid, available, used);
        expect(quote.refund).toBeGreaterThanOrEqual(0);
        expect(quote.refund).toBeLessThanOrEqual(paid);
        expect(quote.usedAmount + quote.refund).toBe(paid);
      }),
    );
  });

  it('law: the refund does not grow with the days used', () => {
    fc.assert(
      fc.property(pass, ({ paid, available, used }) => {
        fc.pre(used < available);
        expect(quoteConsumerAgencyRefund(paid, available, used + 1).refund).toBeLessThanOrEqual(
          quoteConsumerAgencyRefund(paid, available, used).refund,
        );
      }),
    );
  });

  it('law: rounding favours the customer (the refund is never below the exact share)', () => {
    fc.assert(
      fc.property(pass, ({ paid, available, used }) => {
        expect(quoteConsumerAgencyRefund(paid, available, used).refund).toBeGreaterThanOrEqual(paid - (paid * used) / available);
      }),
    );
  });
});

describe('what a pass can still be refunded', () => {
  it.each([
    ['nothing held', 150_000, 0, 150_000],
    ['115,000 proposed or approved on another case', 150_000, 115_000, 35_000],
    ['all of it held', 150_000, 150_000, 0],
    ['held above the price before the cap (old data)', 150_000, 230_000, 0],
  ])('%s: paid %i, held %i → %i', (_label, paid, held, refundable) => {
    expect(refundableAmount(paid, held)).toBe(refundable);
  });
});
