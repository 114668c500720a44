import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  char,
  check,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { customers, passes } from './customers';
import { caseStatusEnum, vocKindEnum } from './enums';
import { parkingLots } from './lots';
import { entryId, idColumn, instant, writtenAt, keptRef, ownedBy, atLeast, loggedBy } from './columns';

/** Numbers the human-readable case codes; gaps are harmless, repeats impossible. */
export const caseCodeSeq = pgSequence('case_code_seq', { startWith: 1 });

/** One contact (VOC) about one incident of a pass not being applied. */
export const cases = pgTable(
  'cases',
  {
    id: idColumn(),
    // Human-readable, shown to customers, e.g. VOC-260401-0007.
    code: text('code').notNull(),
    customerId: keptRef('customer_id', () => customers.id),
    passId: keptRef('pass_id', () => passes.id),
    lotId: keptRef('lot_id', () => parkingLots.id),
    agentId: keptRef('agent_id', () => users.id),
    kind: vocKindEnum('kind').notNull(),
    status: caseStatusEnum('status').notNull().default('OPEN'),
    incidentAt: instant('incident_at').notNull(),
    // "YYYY-MM" of incidentAt in Asia/Seoul, written by the service from lib/domain/kst-month:
    // PostgreSQL cannot index a time-zone conversion, and reports group by it.
    incidentMonth: char('incident_month', { length: 7 }).notNull(),
    identityVerified: boolean('identity_verified').notNull().default(false),
    identityVerifiedAt: instant('identity_verified_at'),
    // The caller could not be verified: the case ended there, nothing else may be done on it,
    // and the manager reports count it (domain.md: an unverified contact proves nothing).
    identityUnconfirmedAt: instant('identity_unconfirmed_at'),
    duplicateOfId: uuid('duplicate_of_id').references((): AnyPgColumn => cases.id, { onDelete: 'restrict' }),
    note: text('note'),
    outcome: text('outcome'),
    // Optimistic concurrency: every write bumps it; a stale write is a CONFLICT.
    version: integer('version').notNull().default(1),
    lastActorId: uuid('last_actor_id').references(() => users.id, { onDelete: 'restrict' }),
    // Millisecond precision, as JavaScript dates have it, so that page cursors round-trip exactly.
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: writtenAt('updated_at'),
    resolvedAt: instant('resolved_at'),
  },
  (t) => [
    uniqueIndex('cases_code_key').on(t.code),
    // The command palette finds a case by the beginning of its code ("VOC-260401-…"): LIKE
    // 'prefix%' can use only a pattern-ops index unless the database's collation is "C".
    index('cases_code_prefix_idx').on(t.code.op('text_pattern_ops')),
    index('cases_lot_month_idx').on(t.lotId, t.incidentMonth),
    index('cases_customer_month_idx').on(t.customerId, t.incidentMonth),
    index('cases_status_created_idx').on(t.status, t.createdAt),
    index('cases_month_kind_idx').on(t.incidentMonth, t.kind),
    // The lots with any case in a month, read from the index alone (the repeat-omission and
    // operator reports list each). Without the id on purpose: with it, the 12-month trend
    // hash-joins refunds to a year of cases instead of looking up each approved refund's case.
    index('cases_month_lot_idx').on(t.incidentMonth, t.lotId),
    // A case's month and lot by its id without visiting the table: the reports find the case
    // of each coupon and approved refund through it (drizzle's index builder has no INCLUDE).
    index('cases_id_month_lot_idx').on(t.id, t.incidentMonth, t.lotId),
    index('cases_created_idx').on(t.createdAt),
    index('cases_pass_idx').on(t.passId),
    // Only counted omissions (lib/services/reports/counted-omission.ts): the manager reports read
    // this small index instead of the cases table.
    index('cases_counted_omissions_idx')
      .on(t.incidentMonth, t.lotId, t.customerId)
      .where(sql`${t.kind} = 'OPERATOR_OMISSION' AND ${t.identityVerified} AND ${t.duplicateOfId} IS NULL`),
    check('cases_incident_month_format', sql`${t.incidentMonth} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('cases_not_duplicate_of_self', sql`${t.duplicateOfId} IS NULL OR ${t.duplicateOfId} <> ${t.id}`),
    check('cases_verified_has_time', sql`${t.identityVerified} = (${t.identityVerifiedAt} IS NOT NULL)`),
    check('cases_unconfirmed_not_verified', sql`${t.identityUnconfirmedAt} IS NULL OR NOT ${t.identityVerified}`),
    check('cases_unconfirmed_is_resolved', sql`${t.identityUnconfirmedAt} IS NULL OR ${t.status} = 'RESOLVED'`),
    atLeast('cases_version_positive', t.version, 1),
    check('cases_resolved_has_time', sql`(${t.status} = 'RESOLVED') = (${t.resolvedAt} IS NOT NULL)`),
  ],
);

/** The case's timeline: what was done, by whom, when, at which script step. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: entryId(),
    caseId: ownedBy('case_id', () => cases.id),
    ...loggedBy(() => users.id),
    type: text('type').notNull(),
    scriptStep: text('script_step'),
    // The Korean sentence as written (exports, history); for our own sentences also their
    // catalog code and parameters (lib/i18n/reasons.ts), so each reader gets their language.
    detail: text('detail'),
    detailCode: text('detail_code'),
    detailParams: jsonb('detail_params').$type<Record<string, string | number>>(),
  },
  (t) => [index('case_events_case_at_idx').on(t.caseId, t.at)],
);

export type CaseRow = typeof cases.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;
