import type { Pool } from 'pg';
import { NodePgSession } from 'drizzle-orm/node-postgres';
import { PgDialect, type PgTransactionConfig } from 'drizzle-orm/pg-core';
import type { Database, Transaction } from './client';
import { isDatabaseUnavailable } from './database-errors';

/**
 * A transaction on a pool client we take and give back ourselves. drizzle's pooled
 * transaction sends BEGIN before its try/finally, so a BEGIN on a connection that has just
 * died (PostgreSQL restarting) never returns the client: a handful of those and the pool is
 * empty for good, and the app would not come back without a restart. Here the client goes
 * back on every path, and one whose connection broke is destroyed rather than reused.
 */
export function pooledTransaction(pool: Pool, db: Database): Database['transaction'] {
  const dialect = new PgDialect();
  // The relational query config drizzle built for `db`, so `tx.query` works as before.
  const relational = { fullSchema: db._.fullSchema, schema: db._.schema, tableNamesMap: db._.tableNamesMap };
  return async function transaction<T>(callback: (tx: Transaction) => Promise<T>, config?: PgTransactionConfig): Promise<T> {
    const client = await pool.connect();
    let broken: Error | undefined;
    // A connection that dies while the client is ours is reported as an 'error' event as well
    // as to the query; the pool listens only while the client is idle, and an unheard
    // 'error' would be an uncaught exception.
    const onLost = (error: Error) => {
      broken = error;
    };
    client.on('error', onLost);
    try {
      // A session over one client (not a pool) runs BEGIN … COMMIT on that client.
      const session = new NodePgSession(client, dialect, relational as never);
      return await session.transaction((tx) => callback(tx as unknown as Transaction), config);
    } catch (error) {
      if (isDatabaseUnavailable(error)) broken = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.off('error', onLost);
      client.release(broken);
    }
  };
}
