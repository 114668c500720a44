import pg from 'pg';
import type { CapturedStatement } from './capture-sql';
import { measureLoop, type Measurement } from './measure';

/**
 * Replays one read's captured statements with `pg`, `requests` times, `concurrency` at once
 * (one pooled connection each). The statements of one request run one after the other; the
 * resolvers' DataLoaders send some in parallel, so this is the database time of a request
 * without the GraphQL and HTTP layers, slightly on the high side.
 */
export async function loadSql(
  databaseUrl: string,
  statements: CapturedStatement[],
  requests: number,
  concurrency: number,
): Promise<Measurement> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: concurrency });
  // Warm the connections first, as the servers' pools are warm when their load starts.
  await Promise.all(Array.from({ length: concurrency }, () => pool.query('SELECT 1')));
  try {
    // As many connections as workers: taking one never waits.
    return await measureLoop(requests, concurrency, async () => {
      const client = await pool.connect();
      try {
        for (const statement of statements) await client.query(statement.sql, statement.params);
      } finally {
        client.release();
      }
    });
  } finally {
    await pool.end();
  }
}
