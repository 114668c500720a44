import type { Pool, QueryConfig, QueryResult } from 'pg';
import { describeDatabaseError, isDatabaseUnavailable } from './database-errors';

/**
 * Where the reader's statements go when DATABASE_REPLICA_URLS names standbys. A read goes to
 * a replica, taken in turn; a replica that cannot be reached is skipped for RETRY_AFTER_MS and
 * its reads go to the primary meanwhile, so an outage costs one failed connect (short: the
 * replicas' connect timeout) and one log line, not an error page. Anything that is not a plain
 * read (the access-log INSERT the list services make, a locking SELECT) goes to the primary.
 */

/** How long a replica that failed is left alone before a read tries it again. */
export const RETRY_AFTER_MS = 10_000;
// A replica that does not answer is given up sooner than the primary: its read can still go there.
const REPLICA_CONNECT_TIMEOUT_MS = 1_000;
/** How the replicas' sessions show in pg_stat_activity, so an operator (and the test) sees who reads there. */
export const REPLICA_APPLICATION_NAME = 'cs-portal-reader';

// 25006 read_only_sql_transaction: a standby refuses every write before doing any, so a
// statement the check below took for a read loses nothing by being sent on to the primary.
// 40001 on a standby is a read cancelled by a conflict with the WAL it replays; the primary
// has no such conflict.
const PRIMARY_WILL_ANSWER = new Set(['25006', '40001']);

// A statement that writes, locks or draws from a sequence, wherever it stands in the text.
// Seen in a read by mistake it only sends the read to the primary.
const WRITES_OR_LOCKS = /\b(insert|update|delete|merge|nextval|setval|set_config)\b|\bpg_advisory|\bfor\s+(key\s+)?share\b/i;

/** Whether a statement is a plain read a standby can answer: a SELECT (or WITH … SELECT) that writes and locks nothing. */
export function isReadOnlyStatement(text: string): boolean {
  return /^\s*(select|with)\b/i.test(text) && !WRITES_OR_LOCKS.test(text);
}

/** One standby: its pool and how the logs name it (host, port and database; never the password). */
export interface ReplicaPool {
  pool: Pool;
  label: string;
}

/** The part of a pg Pool drizzle's node-postgres driver calls outside a transaction. */
export interface QueryRouter {
  query(config: QueryConfig, values?: unknown[]): Promise<QueryResult>;
}

/** A pg-like client that sends reads to the replicas (falling back to the primary) and the rest to the primary. */
export function replicaRouter(primary: Pool, replicas: readonly ReplicaPool[], now: () => number = Date.now): QueryRouter {
  const health = replicas.map((replica) => ({ ...replica, downUntil: 0, down: false }));
  let turn = 0;

  function nextReplica() {
    for (let tried = 0; tried < health.length; tried += 1) {
      const replica = health[turn++ % health.length]!;
      if (replica.downUntil <= now()) return replica;
    }
    return undefined;
  }

  return {
    async query(config, values) {
      const replica = isReadOnlyStatement(config.text) ? nextReplica() : undefined;
      if (!replica) return primary.query(config, values);
      try {
        const result = await replica.pool.query(config, values);
        if (replica.down) console.warn(`[db] replica ${replica.label} answers again; reads go back to it`);
        replica.down = false;
        return result;
      } catch (error) {
        if (isDatabaseUnavailable(error)) {
          // Logged when the outage starts, not on each retry while it lasts.
          if (!replica.down) {
            console.warn(`[db] replica ${replica.label} unreachable (${describeDatabaseError(error)}); reading from the primary meanwhile`);
          }
          replica.down = true;
          replica.downUntil = now() + RETRY_AFTER_MS;
          return primary.query(config, values);
        }
        if (PRIMARY_WILL_ANSWER.has((error as { code?: string }).code ?? '')) return primary.query(config, values);
        throw error;
      }
    },
  };
}

/** A pool per replica URL, each with the short connect timeout and the reader's application_name. */
export function openReplicaPools(PoolClass: typeof Pool, urls: readonly string[], poolSize: number): ReplicaPool[] {
  return urls.map((url) => {
    const label = replicaLabel(url);
    const pool = new PoolClass({
      connectionString: url,
      max: poolSize,
      connectionTimeoutMillis: REPLICA_CONNECT_TIMEOUT_MS,
      application_name: REPLICA_APPLICATION_NAME,
    });
    // As for the primary's pool: without a listener a dropped idle connection would end the process.
    pool.on('error', (error) => console.warn(`[db] idle replica connection lost (${label}): ${error.message}`));
    return { pool, label };
  });
}

/** How a replica URL appears in a log line: host, port and database. */
function replicaLabel(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}
