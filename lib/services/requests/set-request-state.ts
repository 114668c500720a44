import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import type { Actor, RequestMeta } from '../core/actor';
import { exitRequests, registrationRequests, type ExitRequestRow, type RegistrationRequestRow } from '@/db/schema';

type Tables = { exit: typeof exitRequests; registration: typeof registrationRequests };
type Rows = { exit: ExitRequestRow; registration: RegistrationRequestRow };
const TABLES: Tables = { exit: exitRequests, registration: registrationRequests };

/**
 * Writes a request's next state in the caller's transaction and returns the row as it now
 * stands. The caller has locked it (lockExitRequest / lockRegistrationRequest) and checked
 * the move, so a missing row here is a bug, not a refusal.
 */
export async function setRequestState<K extends keyof Tables>(
  tx: Transaction,
  kind: K,
  id: string,
  values: Partial<Tables[K]['$inferInsert']>,
): Promise<Rows[K]> {
  const table = TABLES[kind] as typeof exitRequests;
  const [updated] = await tx.update(table).set(values).where(eq(table.id, id)).returning();
  if (!updated) throw new Error('update returned no row');
  return updated as Rows[K];
}

/** A lot staff member's move of one request, by its id: the request as it stands afterwards. */
export type RequestMove<Row> = (db: Database, actor: Actor, meta: RequestMeta, id: string, now?: Date) => Promise<Row>;
