import { and, asc, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { exitRequests, registrationRequests, type ExitRequestRow, type RegistrationRequestRow } from '@/db/schema';
import type { Actor } from './actor';
import { OPEN_STATES, visibleRequests } from './request-scope';

type Status = ExitRequestRow['status'];

/** Most rows a queue returns; a queue longer than this is a problem to fix, not to page. */
export const QUEUE_LIMIT = 500;

/** Exit requests, oldest first: a status, or without one those still waiting. Scoped in SQL. */
export function listExitQueue(db: Executor, actor: Actor, status?: Status | null): Promise<ExitRequestRow[]> {
  return db
    .select()
    .from(exitRequests)
    .where(and(visibleRequests(exitRequests, actor), inArray(exitRequests.status, status ? [status] : [...OPEN_STATES.exit])))
    .orderBy(asc(exitRequests.requestedAt), asc(exitRequests.id))
    .limit(QUEUE_LIMIT);
}

/** Registration requests, oldest first, filtered and scoped like the exit queue. */
export function listRegistrationQueue(db: Executor, actor: Actor, status?: Status | null): Promise<RegistrationRequestRow[]> {
  return db
    .select()
    .from(registrationRequests)
    .where(
      and(
        visibleRequests(registrationRequests, actor),
        inArray(registrationRequests.status, status ? [status] : [...OPEN_STATES.registration]),
      ),
    )
    .orderBy(asc(registrationRequests.requestedAt), asc(registrationRequests.id))
    .limit(QUEUE_LIMIT);
}
