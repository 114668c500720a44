import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import type { Actor, RequestMeta } from '../core/actor';
import type { exitRequests, registrationRequests } from '@/db/schema';
import { REQUEST_TABLES, type RequestKind, type RequestRows } from '../core/request-scope';
import { theRow } from '../core/rows';

type RequestInserts = { exit: typeof exitRequests.$inferInsert; registration: typeof registrationRequests.$inferInsert };

/**
 * Writes a request's next state in the caller's transaction and returns the row as it now
 * stands. The caller has locked it (lockRequest) and checked the move, so a missing row here
 * is a bug, not a refusal.
 */
export async function setRequestState<K extends RequestKind>(
  tx: Transaction,
  kind: K,
  id: string,
  values: Partial<RequestInserts[K]>,
): Promise<RequestRows[K]> {
  const table = REQUEST_TABLES[kind] as typeof exitRequests;
  return (await theRow(tx.update(table).set(values).where(eq(table.id, id)).returning(), 'update returned no row')) as RequestRows[K];
}

/** A lot staff member's move of one request, by its id: the request as it stands afterwards. */
export type RequestMove<Row> = (db: Database, actor: Actor, meta: RequestMeta, id: string, now?: Date) => Promise<Row>;
