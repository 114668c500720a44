import { and, eq, inArray } from 'drizzle-orm';
import type { Executor, Transaction } from '@/db/client';
import { exitRequests, registrationRequests, type ExitRequestRow, type RegistrationRequestRow } from '@/db/schema';
import { requestsInScope } from '@/lib/policy/scope';
import type { Actor } from './actor';
import { ServiceError } from './service-error';
import { foundRow } from './rows';

/** The open states of each kind of request: what a queue shows without a status filter. */
export const OPEN_STATES = { exit: ['REQUESTED'], registration: ['REQUESTED', 'ACKNOWLEDGED'] } as const;

/** Each kind of request's table and row. */
export const REQUEST_TABLES = { exit: exitRequests, registration: registrationRequests } as const;
export type RequestKind = keyof typeof REQUEST_TABLES;
export type RequestRows = { exit: ExitRequestRow; registration: RegistrationRequestRow };

const NOT_FOUND = { exit: 'exitRequestNotFound', registration: 'registrationRequestNotFound' } as const;

/** A request locked for a state change; another operator's is NOT_FOUND, never FORBIDDEN. */
export async function lockRequest<K extends RequestKind>(tx: Transaction, actor: Actor, kind: K, id: string): Promise<RequestRows[K]> {
  // The two tables share every column read here; drizzle types a query over one table, not a union.
  const table = REQUEST_TABLES[kind] as typeof exitRequests;
  const locked = tx
    .select()
    .from(table)
    .where(and(eq(table.id, id), requestsInScope(table, actor)))
    .for('update');
  return (await foundRow(locked, () => new ServiceError('NOT_FOUND', NOT_FOUND[kind], 'id'))) as RequestRows[K];
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
