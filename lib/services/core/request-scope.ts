import { and, eq, inArray } from 'drizzle-orm';
import type { Executor, Transaction } from '@/db/client';
import { exitRequests, registrationRequests, type ExitRequestRow, type RegistrationRequestRow } from '@/db/schema';
import { requestsInScope } from '@/lib/policy/scope';
import type { Actor } from './actor';
import { ServiceError } from './service-error';

/** The open states of each kind of request: what a queue shows without a status filter. */
export const OPEN_STATES = { exit: ['REQUESTED'], registration: ['REQUESTED', 'ACKNOWLEDGED'] } as const;

/** An exit request locked for a state change; another operator's is NOT_FOUND, never FORBIDDEN. */
export async function lockExitRequest(tx: Transaction, actor: Actor, id: string): Promise<ExitRequestRow> {
  const [row] = await tx
    .select()
    .from(exitRequests)
    .where(and(eq(exitRequests.id, id), requestsInScope(exitRequests, actor)))
    .for('update');
  if (!row) throw new ServiceError('NOT_FOUND', 'exitRequestNotFound', 'id');
  return row;
}

/** A registration request locked for a state change, scoped like lockExitRequest. */
export async function lockRegistrationRequest(tx: Transaction, actor: Actor, id: string): Promise<RegistrationRequestRow> {
  const [row] = await tx
    .select()
    .from(registrationRequests)
    .where(and(eq(registrationRequests.id, id), requestsInScope(registrationRequests, actor)))
    .for('update');
  if (!row) throw new ServiceError('NOT_FOUND', 'registrationRequestNotFound', 'id');
  return row;
}

/** Whether a case still waits on its lot: an exit or registration request is open. */
export async function hasOpenRequests(tx: Executor, caseId: string): Promise<boolean> {
  const [exit] = await tx
    .select({ id: exitRequests.id })
    .from(exitRequests)
    .where(and(eq(exitRequests.caseId, caseId), inArray(exitRequests.status, [...OPEN_STATES.exit])))
    .limit(1);
  if (exit) return true;
  const [registration] = await tx
    .select({ id: registrationRequests.id })
    .from(registrationRequests)
    .where(and(eq(registrationRequests.caseId, caseId), inArray(registrationRequests.status, [...OPEN_STATES.registration])))
    .limit(1);
  return Boolean(registration);
}
