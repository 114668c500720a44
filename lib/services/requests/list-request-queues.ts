import { and, asc, inArray, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import { exitRequests, registrationRequests, type ExitRequestRow, type RegistrationRequestRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { readLoggedRows } from '../audit/record-read';
import { requestsInScope } from '@/lib/policy/scope';
import { OPEN_STATES } from '../core/request-scope';

type Status = ExitRequestRow['status'];

const build = new QueryBuilder();

/** Most rows a queue returns; a queue longer than this is a problem to fix, not to page. */
export const QUEUE_LIMIT = 500;

/** What tells the two queues apart: their table, their waiting states and their access-log action. */
const QUEUES = {
  exit: { table: exitRequests, action: 'LIST_EXIT_REQUESTS', subjectType: 'ExitRequest' },
  registration: { table: registrationRequests, action: 'LIST_REGISTRATION_REQUESTS', subjectType: 'RegistrationRequest' },
} as const;

/**
 * A queue, oldest first: a status, or without one those still waiting. Scoped in SQL. A queue
 * shows customers and plates: one access-log entry per request, in the queue's own statement
 * (the operator's page polls, and record-read.ts keeps an unchanged queue to one entry a minute).
 */
function listQueue<K extends keyof typeof QUEUES>(kind: K, db: Executor, actor: Actor, meta: RequestMeta, status?: Status | null) {
  const { table, action, subjectType } = QUEUES[kind];
  const query = build
    .select()
    .from(table)
    .where(and(requestsInScope(table, actor), inArray(table.status, status ? [status] : [...OPEN_STATES[kind]])))
    .orderBy(asc(table.requestedAt), asc(table.id))
    .limit(QUEUE_LIMIT);
  const entry = { actor, meta, action, subjectType, detail: { status: status ?? 'WAITING' } };
  return readLoggedRows(db, table, query, sql`found.requested_at, found.id`, entry) as Promise<
    (typeof QUEUES)[K]['table']['$inferSelect'][]
  >;
}

/** Exit requests, oldest first, filtered, scoped and logged (listQueue). */
export function listExitQueue(db: Executor, actor: Actor, meta: RequestMeta, status?: Status | null): Promise<ExitRequestRow[]> {
  return listQueue('exit', db, actor, meta, status);
}

/** Registration requests, oldest first, filtered, scoped and logged like the exit queue. */
export function listRegistrationQueue(
  db: Executor,
  actor: Actor,
  meta: RequestMeta,
  status?: Status | null,
): Promise<RegistrationRequestRow[]> {
  return listQueue('registration', db, actor, meta, status);
}
