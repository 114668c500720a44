import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { operators, users } from './accounts';
import { cases } from './cases';
import { passes } from './customers';
import { requestStatusEnum } from './enums';
import { parkingLots } from './lots';
import { idColumn, instant, writtenAt, keptRef, staffRef } from './columns';

/** What every request to a lot holds: its state, who asked and when, who acknowledged it and when. */
const lotRequestColumns = () => ({
  status: requestStatusEnum('status').notNull().default('REQUESTED'),
  requestedAt: writtenAt('requested_at'),
  requestedById: staffRef('requested_by_id', () => users.id),
  acknowledgedAt: instant('acknowledged_at'),
  acknowledgedById: staffRef('acknowledged_by_id', () => users.id),
});

/** An agent's request that the lot let the car out (현장 주차장 OB 출차요청). */
export const exitRequests = pgTable(
  'exit_requests',
  {
    id: idColumn(),
    caseId: keptRef('case_id', () => cases.id),
    lotId: keptRef('lot_id', () => parkingLots.id),
    ...lotRequestColumns(),
    // Set once, by whichever app instance first finds the request overdue.
    escalatedAt: instant('escalated_at'),
    // Why the agent asked again although an earlier exit of the case was already handled.
    reason: text('reason'),
  },
  (t) => [
    check('exit_requests_reason_length', sql`${t.reason} IS NULL OR length(${t.reason}) BETWEEN 1 AND 500`),
    index('exit_requests_lot_status_idx').on(t.lotId, t.status, t.requestedAt),
    index('exit_requests_case_idx').on(t.caseId),
    // Response-time reports read a month of requests across all lots.
    index('exit_requests_requested_idx').on(t.requestedAt),
    // An exit request ends once the barrier is opened.
    check('exit_requests_status_allowed', sql`${t.status} IN ('REQUESTED', 'ACKNOWLEDGED')`),
    check('exit_requests_ack_time', sql`(${t.status} = 'ACKNOWLEDGED') = (${t.acknowledgedAt} IS NOT NULL)`),
  ],
);

/** An agent's request that the operator register the pass's plate (정기권 차량등록 요청). */
export const registrationRequests = pgTable(
  'registration_requests',
  {
    id: idColumn(),
    caseId: keptRef('case_id', () => cases.id),
    passId: keptRef('pass_id', () => passes.id),
    lotId: keptRef('lot_id', () => parkingLots.id),
    plate: text('plate').notNull(),
    ...lotRequestColumns(),
    resolvedAt: instant('resolved_at'),
    resolvedById: staffRef('resolved_by_id', () => users.id),
    rejectReason: text('reject_reason'),
    escalatedAt: instant('escalated_at'),
  },
  (t) => [
    index('registration_requests_lot_status_idx').on(t.lotId, t.status, t.requestedAt),
    index('registration_requests_case_idx').on(t.caseId),
    index('registration_requests_requested_idx').on(t.requestedAt),
    check('registration_requests_resolved_time', sql`(${t.status} IN ('CONFIRMED', 'REJECTED')) = (${t.resolvedAt} IS NOT NULL)`),
    check('registration_requests_reject_reason', sql`(${t.status} = 'REJECTED') = (${t.rejectReason} IS NOT NULL)`),
  ],
);

export type ExitRequestRow = typeof exitRequests.$inferSelect;
export type RegistrationRequestRow = typeof registrationRequests.$inferSelect;

/** An operator's own response targets; operators without a row get the defaults in lib/domain. */
export const responseTargets = pgTable(
  'response_targets',
  {
    operatorId: uuid('operator_id')
      .primaryKey()
      .references(() => operators.id, { onDelete: 'cascade' }),
    exitAckMinutes: integer('exit_ack_minutes').notNull(),
    registrationConfirmMinutes: integer('registration_confirm_minutes').notNull(),
    updatedAt: writtenAt('updated_at'),
  },
  (t) => [
    check('response_targets_exit_positive', sql`${t.exitAckMinutes} > 0`),
    check('response_targets_registration_positive', sql`${t.registrationConfirmMinutes} > 0`),
  ],
);

/** Something a manager should look at, e.g. a request escalated past its target. */
export const managerNotices = pgTable(
  'manager_notices',
  {
    id: idColumn(),
    kind: text('kind').notNull(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'restrict' }),
    lotId: uuid('lot_id').references(() => parkingLots.id, { onDelete: 'restrict' }),
    // The Korean sentence, and its catalog code and parameters for readers of other languages.
    message: text('message').notNull(),
    messageCode: text('message_code'),
    messageParams: jsonb('message_params').$type<Record<string, string | number>>(),
    createdAt: writtenAt(),
    readAt: instant('read_at'),
  },
  (t) => [index('manager_notices_created_idx').on(t.createdAt)],
);

export type ResponseTargetRow = typeof responseTargets.$inferSelect;
export type ManagerNoticeRow = typeof managerNotices.$inferSelect;
