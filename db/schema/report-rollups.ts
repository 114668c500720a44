import { sql } from 'drizzle-orm';
import { char, check, integer, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { keptRef } from './columns';
import { parkingLots } from './lots';

/**
 * The manager's reports' figures per KST month and lot, kept by triggers on cases, coupons and
 * refunds in the same transaction as every change to what they count (migration
 * 0018_monthly_lot_figures), so a report over a year reads 12 × lots rows instead of a year of
 * cases. Each column is exactly the live query it replaces (tests/integration/
 * monthly-lot-figures.test.ts compares them after random changes):
 * - cases: cases of any kind with that incident month at the lot;
 * - omissions: counted omissions (lib/services/reports/counted-omission.ts) among them;
 * - coupons: coupons of that coupon month on the lot's cases, and their amount;
 * - refunds: APPROVED refunds on the lot's cases of that incident month, and their amount.
 * A row stays at zeros once everything it counted is gone.
 */
export const monthlyLotFigures = pgTable(
  'monthly_lot_figures',
  {
    month: char('month', { length: 7 }).notNull(),
    lotId: keptRef('lot_id', () => parkingLots.id),
    cases: integer('cases').notNull().default(0),
    omissions: integer('omissions').notNull().default(0),
    couponsIssued: integer('coupons_issued').notNull().default(0),
    couponAmount: integer('coupon_amount').notNull().default(0),
    refundsCount: integer('refunds_count').notNull().default(0),
    refundAmount: integer('refund_amount').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.month, t.lotId] }),
    // A negative figure can only come from a trigger's mistake; refuse it rather than report it.
    check(
      'monthly_lot_figures_nonnegative',
      sql`${t.cases} >= 0 AND ${t.omissions} >= 0 AND ${t.couponsIssued} >= 0 AND ${t.couponAmount} >= 0 AND ${t.refundsCount} >= 0 AND ${t.refundAmount} >= 0`,
    ),
    check('monthly_lot_figures_omissions_are_cases', sql`${t.omissions} <= ${t.cases}`),
  ],
);

export type MonthlyLotFiguresRow = typeof monthlyLotFigures.$inferSelect;
