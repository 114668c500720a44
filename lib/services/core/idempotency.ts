import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database, Transaction } from '@/db/client';
import { idempotencyKeys } from '@/db/schema';
import type { Actor, RequestMeta } from './actor';
import { fieldError, ServiceError } from './service-error';

/** What a creating use case tells the key about itself. */
export interface IdempotentWrite {
  /** The mutation's name: the same key sent to another operation is other input. */
  operation: string;
  /** The parsed arguments; their canonical JSON is what "the same input" means. */
  input: unknown;
  /** Where the created row lives, to load it again for a replay. */
  table: PgTable & { id: AnyPgColumn };
}

/** What the key row keeps of the first answer. */
interface StoredResponse {
  id: string;
}

/**
 * Runs a creating use case in one transaction that also records its Idempotency-Key, so the
 * write and the key stand or fall together. Without a key it is just `db.transaction`.
 *
 * The key row is inserted first (ON CONFLICT DO NOTHING): a concurrent request with the same
 * key blocks on the primary key until the first commits, then finds its row and replays it;
 * if the first rolled back, the waiter's insert goes through and it does the work itself.
 * A replay loads the created row by id again: the answer is the same entity as it is now
 * (later steps may have moved it on), which is what a retrying client needs to see.
 */
export function idempotentTransaction<T extends { id: string }>(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  write: IdempotentWrite,
  run: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const key = meta.idempotencyKey;
  return db.transaction(async (tx) => {
    if (!key) return run(tx);
    const requestHash = hashRequest(write.operation, write.input);
    const claimed = await tx
      .insert(idempotencyKeys)
      // A placeholder no one else ever reads: the row commits only with its real response.
      .values({ actorId: actor.id, key, operation: write.operation, requestHash, response: {} })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length === 0) return replay<T>(tx, actor.id, key, requestHash, write.table);
    const result = await run(tx);
    const response: StoredResponse = { id: result.id };
    await tx.update(idempotencyKeys).set({ response }).where(keyOf(actor.id, key));
    return result;
  });
}

async function replay<T>(tx: Transaction, actorId: string, key: string, requestHash: string, table: IdempotentWrite['table']): Promise<T> {
  const [first] = await tx.select().from(idempotencyKeys).where(keyOf(actorId, key));
  if (!first || first.requestHash !== requestHash) {
    throw fieldError('CONFLICT', 'Idempotency-Key', 'idempotencyKeyReused');
  }
  const { id } = first.response as StoredResponse;
  const [row] = await tx.select().from(table).where(eq(table.id, id));
  if (!row) throw new ServiceError('NOT_FOUND', 'idempotentResultGone');
  return row as T;
}

function keyOf(actorId: string, key: string) {
  return and(eq(idempotencyKeys.actorId, actorId), eq(idempotencyKeys.key, key));
}

/** A stable digest of an operation and its input: key order, dates and absent-vs-null do not matter. */
export function hashRequest(operation: string, input: unknown): string {
  return createHash('sha256')
    .update(`${operation}\n${JSON.stringify(canonical(input))}`)
    .digest('hex');
}

function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v != null)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}
