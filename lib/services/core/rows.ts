import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import type { ServiceError } from './service-error';

/**
 * The row a statement must return inside its own transaction (an insert's, an update's of a
 * locked row): its absence is a bug, not a refusal, so it is a plain Error.
 */
export async function theRow<T>(rows: PromiseLike<T[]>, missing = 'statement returned no row'): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error(missing);
  return row;
}

/** The first row a query finds, or the refusal the caller names (NOT_FOUND for most). */
export async function foundRow<T>(rows: PromiseLike<T[]>, refusal: () => ServiceError): Promise<T> {
  const [row] = await rows;
  if (!row) throw refusal();
  return row;
}

/** Inserts one row and returns it as stored. */
export function insertRow<T extends PgTable>(tx: Executor, table: T, values: PgInsertValue<T>): Promise<T['$inferSelect']> {
  return theRow(tx.insert(table).values(values).returning() as PromiseLike<T['$inferSelect'][]>, 'insert returned no row');
}
