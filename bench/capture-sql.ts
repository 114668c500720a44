import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database } from '../db/client';
import * as schema from '../db/schema';
import { createContext } from '../graphql/context';
import { createApolloServer } from '../graphql/server';
import { loadBenchViewers } from './bare-apollo';
import type { ReadScenario } from './scenarios';

/** One statement as drizzle sent it. */
export interface CapturedStatement {
  sql: string;
  params: unknown[];
}

/**
 * Runs each read once through the real schema and resolvers with a drizzle logger, and keeps
 * the SQL it sent: the raw-SQL side of the bench replays exactly these statements (captured,
 * not hand-written), so it measures the database's share of the same work.
 */
export async function captureSql(databaseUrl: string, scenarios: ReadScenario[]): Promise<Map<string, CapturedStatement[]>> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  let sink: CapturedStatement[] = [];
  const db = drizzle(pool, { schema, logger: { logQuery: (sql, params) => void sink.push({ sql, params }) } }) as unknown as Database;
  const server = createApolloServer();
  await server.start();
  const captured = new Map<string, CapturedStatement[]>();
  try {
    const viewers = await loadBenchViewers(db);
    for (const scenario of scenarios) {
      sink = [];
      const { query, variables, role } = scenario.request;
      const response = await server.executeOperation({ query, variables }, { contextValue: createContext(db, viewers[role]) });
      const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
      if (errors?.length) throw new Error(`${scenario.name}: ${errors[0]?.message}`);
      captured.set(scenario.name, sink);
    }
  } finally {
    await server.stop();
    await pool.end();
  }
  return captured;
}
