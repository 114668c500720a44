import { integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { idColumn, instant, writtenAt, staffRef, atLeast } from './columns';

/**
 * The compensation policy as effective-dated data: a case is judged by the version whose
 * effectiveFrom is the latest at or before its incident time. Versions are added, never edited.
 */
export const policyVersions = pgTable(
  'policy_versions',
  {
    id: idColumn(),
    effectiveFrom: instant('effective_from').notNull(),
    couponAmount: integer('coupon_amount').notNull(),
    // Counted omissions in a KST month from which a coupon may be offered (the guide: 2).
    repeatThreshold: integer('repeat_threshold').notNull(),
    couponsPerMonth: integer('coupons_per_month').notNull(),
    note: text('note'),
    createdById: staffRef('created_by_id', () => users.id),
    createdAt: writtenAt(),
  },
  (t) => [
    uniqueIndex('policy_versions_effective_from_key').on(t.effectiveFrom),
    atLeast('policy_versions_coupon_amount_nonnegative', t.couponAmount, 0),
    atLeast('policy_versions_repeat_threshold_positive', t.repeatThreshold, 1),
    atLeast('policy_versions_coupons_per_month_nonnegative', t.couponsPerMonth, 0),
  ],
);

export type PolicyVersionRow = typeof policyVersions.$inferSelect;
