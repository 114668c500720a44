import { sql } from 'drizzle-orm';
import { char, check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { cases } from './cases';
import { customers, passes } from './customers';
import { refundBasisEnum, refundStatusEnum } from './enums';
import { idColumn, instant, writtenAt, keptRef, staffRef, atLeast } from './columns';

/** A "Parking CS 3,000원" compensation coupon, counted per customer per KST month. */
export const coupons = pgTable(
  'coupons',
  {
    id: idColumn(),
    customerId: keptRef('customer_id', () => customers.id),
    caseId: keptRef('case_id', () => cases.id),
    amount: integer('amount').notNull(),
    // The KST month of the case's incident, "YYYY-MM".
    month: char('month', { length: 7 }).notNull(),
    // 1..couponsPerMonth of the policy in force; the unique index below is what stops a
    // second coupon in a month when two agents press the button at once.
    slot: integer('slot').notNull().default(1),
    issuedById: staffRef('issued_by_id', () => users.id),
    issuedAt: writtenAt('issued_at'),
  },
  (t) => [
    uniqueIndex('coupons_customer_month_slot_key').on(t.customerId, t.month, t.slot),
    // Case and amount in the key so the reports sum a month's coupons from the index alone.
    index('coupons_month_idx').on(t.month, t.caseId, t.amount),
    // One coupon per case whatever the policy's monthly allowance: the rule refuses a second, this guarantees it.
    uniqueIndex('coupons_case_key').on(t.caseId),
    atLeast('coupons_amount_nonnegative', t.amount, 0),
    atLeast('coupons_slot_positive', t.slot, 1),
    check('coupons_month_format', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
  ],
);

/** Money back on a pass; paid and available days are the pass's, copied at proposal time. */
export const refunds = pgTable(
  'refunds',
  {
    id: idColumn(),
    caseId: keptRef('case_id', () => cases.id),
    passId: keptRef('pass_id', () => passes.id),
    basis: refundBasisEnum('basis').notNull(),
    paid: integer('paid').notNull(),
    availableDays: integer('available_days').notNull(),
    usedDays: integer('used_days'),
    amount: integer('amount').notNull(),
    status: refundStatusEnum('status').notNull().default('PROPOSED'),
    proposedById: staffRef('proposed_by_id', () => users.id),
    proposedAt: writtenAt('proposed_at'),
    decidedById: staffRef('decided_by_id', () => users.id),
    decidedAt: instant('decided_at'),
    decisionReason: text('decision_reason'),
    // The agent's reason for proposing it, shown to the manager who approves it.
    proposalReason: text('proposal_reason'),
  },
  (t) => [
    index('refunds_case_idx').on(t.caseId),
    // A case has at most one refund in play; a rejected one may be followed by another.
    uniqueIndex('refunds_one_active_per_case')
      .on(t.caseId)
      .where(sql`${t.status} IN ('PROPOSED', 'APPROVED')`),
    index('refunds_status_idx').on(t.status, t.proposedAt),
    // Approved refunds with their amounts, read from the index alone by the reports.
    index('refunds_approved_case_idx')
      .on(t.caseId, t.amount)
      .where(sql`${t.status} = 'APPROVED'`),
    atLeast('refunds_paid_nonnegative', t.paid, 0),
    check('refunds_available_days_positive', sql`${t.availableDays} > 0`),
    check('refunds_used_days_in_range', sql`${t.usedDays} IS NULL OR (${t.usedDays} >= 0 AND ${t.usedDays} <= ${t.availableDays})`),
    check('refunds_amount_in_range', sql`${t.amount} >= 0 AND ${t.amount} <= ${t.paid}`),
    // The Consumer Agency basis is computed from the days used, so it must carry them.
    check('refunds_agency_has_used_days', sql`${t.basis} <> 'CONSUMER_AGENCY' OR ${t.usedDays} IS NOT NULL`),
    check('refunds_proposal_reason_length', sql`${t.proposalReason} IS NULL OR length(${t.proposalReason}) BETWEEN 1 AND 2000`),
    check('refunds_decided_time', sql`(${t.status} = 'PROPOSED') = (${t.decidedAt} IS NULL)`),
  ],
);

export type CouponRow = typeof coupons.$inferSelect;
export type RefundRow = typeof refunds.$inferSelect;
