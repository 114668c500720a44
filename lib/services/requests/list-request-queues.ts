import { and, asc, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { exitRequests, registrationRequests, type ExitRequestRow, type RegistrationRequestRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { recordRead } from '../audit/record-read';
import { requestsInScope } from '@/lib/policy/scope';
import { OPEN_STATES } from '../core/request-scope';

type Status = ExitRequestRow['status'];

/** Most rows a queue returns; a queue longer than this is a problem to fix, not to page. */
export const QUEUE_LIMIT = 500;

/**
 * Exit requests, oldest first: a status, or without one those still waiting. Scoped in SQL.
 * A queue shows customers and plates: one access-log entry per request (the operator's page
 * polls, and record-read.ts keeps an unchanged queue to one entry a minute).
 */
export async function listExitQueue(db: Executor, actor: Actor, meta: RequestMeta, status?: Status | null): Promise<ExitRequestRow[]> {
  const rows = await db
    .select()
    .from(exitRequests)
    .where(and(requestsInScope(exitRequests, actor), inArray(exitRequests.status, status ? [status] : [...OPEN_STATES.exit])))
    .orderBy(asc(exitRequests.requestedAt), asc(exitRequests.id))
    .limit(QUEUE_LIMIT);
  await recordRead(db, {
    actor,
    meta,
    action: 'LIST_EXIT_REQUESTS',
    subjectType: 'ExitRequest',
    detail: { status: status ?? 'WAITING', count: rows.length },
  });
  return rows;
}

/** Registration requests, oldest first, filtered, scoped and logged like the exit queue. */
export async function listRegistrationQueue(
  db: Executor,
  actor: Actor,
  meta: RequestMeta,
  status?: Status | null,
): Promise<RegistrationRequestRow[]> {
  const rows = await db
    .select()
    .from(registrationRequests)
    .where(
      and(
        requestsInScope(registrationRequests, actor),
        inArray(registrationRequests.status, status ? [status] : [...OPEN_STATES.registration]),
      ),
    )
    .orderBy(asc(registrationRequests.requestedAt), asc(registrationRequests.id))
    .limit(QUEUE_LIMIT);
  const detail = { status: status ?? 'WAITING', count: rows.length };
  await recordRead(db, { actor, meta, action: 'LIST_REGISTRATION_REQUESTS', subjectType: 'RegistrationRequest', detail });
  return rows;
}
