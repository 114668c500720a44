import pg from 'pg';
import type { CapturedStatement } from './capture-sql';
import { measurementOf, type Measurement } from './measure';

/**
 * Replays one read's captured statements with `pg`, `requests` times, `concurrency` at once
 * (one pooled connection each). The statements of one request run one after the other; the
 * resolvers' DataLoaders send some in parallel, so this is the database time of a request
 * without the GraphQL and HTTP layers, slightly on the high side.
 */
export async function loadSql(databaseUrl: string, statements: CapturedStatement[], requests: number, concurrency: number): Promise<Measurement> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  // Warm the connections first, as the servers' pools are warm when their load starts.
  await Promise.all(Array.from({ length: concurrency }, () => pool.query('SELECT 1')));
  const started = performance.now();
  const worker = async () => {
    while (next < requests) {
      next += 1;
      const client = await pool.connect();
      const at = performance.now();
      try {
        for (const statement of statements) await client.query(statement.sql, statement.params);
        latencies.push(performance.now() - at);
      } catch {
        errors += 1;
      } finally {
        client.release();
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - started;
  await pool.end();
  return measurementOf(latencies, errors, elapsed);
}
