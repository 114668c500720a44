import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { cases } from './cases';
import { passes } from './customers';
import { requestStatusEnum } from './enums';
import { parkingLots } from './lots';

/** An agent's request that the lot let the car out (현장 주차장 OB 출차요청). */
export const exitRequests = pgTable(
  'exit_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => parkingLots.id, { onDelete: 'restrict' }),
    status: requestStatusEnum('status').notNull().default('REQUESTED'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    requestedById: uuid('requested_by_id').references(() => users.id),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedById: uuid('acknowledged_by_id').references(() => users.id),
  },
  (t) => [
    index('exit_requests_lot_status_idx').on(t.lotId, t.status, t.requestedAt),
    index('exit_requests_case_idx').on(t.caseId),
    // An exit request ends once the barrier is opened.
    check('exit_requests_status_allowed', sql`${t.status} IN ('REQUESTED', 'ACKNOWLEDGED')`),
    check('exit_requests_ack_time', sql`(${t.status} = 'ACKNOWLEDGED') = (${t.acknowledgedAt} IS NOT NULL)`),
  ],
);

/** An agent's request that the operator register the pass's plate (정기권 차량등록 요청). */
export const registrationRequests = pgTable(
  'registration_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    passId: uuid('pass_id')
      .notNull()
      .references(() => passes.id, { onDelete: 'restrict' }),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => parkingLots.id, { onDelete: 'restrict' }),
    plate: text('plate').notNull(),
    status: requestStatusEnum('status').notNull().default('REQUESTED'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    requestedById: uuid('requested_by_id').references(() => users.id),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedById: uuid('acknowledged_by_id').references(() => users.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedById: uuid('resolved_by_id').references(() => users.id),
    rejectReason: text('reject_reason'),
  },
  (t) => [
    index('registration_requests_lot_status_idx').on(t.lotId, t.status, t.requestedAt),
    index('registration_requests_case_idx').on(t.caseId),
    check(
      'registration_requests_resolved_time',
      sql`(${t.status} IN ('CONFIRMED', 'REJECTED')) = (${t.resolvedAt} IS NOT NULL)`,
    ),
    check('registration_requests_reject_reason', sql`(${t.status} = 'REJECTED') = (${t.rejectReason} IS NOT NULL)`),
  ],
);

export type ExitRequestRow = typeof exitRequests.$inferSelect;
export type RegistrationRequestRow = typeof registrationRequests.$inferSelect;
