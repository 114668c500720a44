import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { passStatusEnum } from './enums';
import { parkingLots } from './lots';
import { idColumn, writtenAt, keptRef, atLeast } from './columns';

/** An app account holder (카카오 T 계정). Phone is personal data. */
export const customers = pgTable(
  'customers',
  {
    id: idColumn(),
    name: text('name').notNull(),
    // Digits only, e.g. 01012345678; formatted and masked on the way out.
    phone: text('phone').notNull(),
    accountRef: text('account_ref').notNull(),
    createdAt: writtenAt(),
  },
  (t) => [
    uniqueIndex('customers_account_ref_key').on(t.accountRef),
    // Agents find callers by the last four digits of their phone.
    index('customers_phone_last4_idx').on(sql`right(${t.phone}, 4)`),
    check('customers_phone_digits', sql`${t.phone} ~ '^[0-9]{9,11}$'`),
  ],
);

/** A monthly parking pass (정기권) of one customer for one vehicle at one lot. */
export const passes = pgTable(
  'passes',
  {
    id: idColumn(),
    customerId: keptRef('customer_id', () => customers.id),
    lotId: keptRef('lot_id', () => parkingLots.id),
    plate: text('plate').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    amountPaid: integer('amount_paid').notNull(),
    availableDays: integer('available_days').notNull(),
    status: passStatusEnum('status').notNull().default('ACTIVE'),
    // The operator has the plate registered in the lot's system.
    registered: boolean('registered').notNull().default(false),
    // The sum of the pass's PROPOSED and APPROVED refunds: a ledger kept by the trigger
    // refunds_hold_on_pass (migration 0015), never written by the code. The trigger updates
    // this row in the refund's own transaction, so two refunds of one pass queue on it, and
    // refuses a refund that would take it above amount_paid.
    refundsHeld: integer('refunds_held').notNull().default(0),
    createdAt: writtenAt(),
  },
  (t) => [
    index('passes_plate_idx').on(t.plate),
    // Agents search by any part of the plate (ILIKE '%…%'), which only a trigram index serves;
    // pg_trgm is created by migration 0008.
    index('passes_plate_trgm_idx').using('gin', t.plate.op('gin_trgm_ops')),
    index('passes_customer_idx').on(t.customerId),
    index('passes_lot_idx').on(t.lotId),
    check('passes_period_ordered', sql`${t.endsOn} >= ${t.startsOn}`),
    atLeast('passes_amount_paid_nonnegative', t.amountPaid, 0),
    check('passes_available_days_positive', sql`${t.availableDays} > 0`),
    atLeast('passes_refunds_held_nonnegative', t.refundsHeld, 0),
  ],
);

export type CustomerRow = typeof customers.$inferSelect;
export type PassRow = typeof passes.$inferSelect;
