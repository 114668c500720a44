import pg from 'pg';
import { migrateDatabase, openDatabase, type Database } from '../db/client';
import { seedDemo } from '../db/seed/demo-data';
import { createContext } from '../graphql/context';
import { createApolloServer } from '../graphql/server';
import { freshDemoDatabase } from '../tests/load/app-instances';
import { loadBenchViewers } from './bare-apollo';
import { DEMO_LOGINS } from './demo-app';
import { measureLoop, type Measurement } from './measure';
import { pickIds, type BenchIds } from './pick-ids';
import { readScenarios, type BenchRequest } from './scenarios';

/** One read on the demo data, in process, on each engine. */
export interface EngineRow {
  scenario: string;
  concurrency: number;
  pglite: Measurement;
  postgres: Measurement;
}

/** The PGlite-against-PostgreSQL section: the demo's ids and a row per read and concurrency. */
export interface EngineResults {
  cases: number;
  ids: BenchIds;
  rows: EngineRow[];
}

const WARM_UP = 20;

/**
 * The demo data seeded twice with the same `now` (so the same rows and ids): into an
 * in-memory PGlite and into a fresh database on the PostgreSQL server, dropped after. Each
 * read of the bench then runs through the real schema and resolvers (Apollo's
 * executeOperation, no HTTP) on one engine, then on the other: the engines' ratio on the demo's
 * size, which is what `npm run demo` without a DATABASE_URL runs on.
 */
export async function runPgliteSection(serverUrl: string, requests: number, concurrency: number[]): Promise<EngineResults> {
  const now = new Date();
  const postgres = await freshDemoDatabase(serverUrl, now);
  const pglite = await openDatabase({ pgliteDir: 'memory://' });
  const server = createApolloServer();
  const onPostgres = await openDatabase({ url: postgres.url, poolSize: 10 });
  try {
    const pool = new pg.Pool({ connectionString: postgres.url, max: 10 });
    const ids = await pickIds(pool, DEMO_LOGINS.operator);
    const {
      rows: [{ n: cases } = { n: 0 }],
    } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
    await pool.end();
    await migrateDatabase(pglite);
    await seedDemo(pglite.db, now);
    const engines = { pglite: pglite.db, postgres: onPostgres.db };
    await server.start();
    const rows: EngineRow[] = [];
    for (const scenario of readScenarios(ids)) {
      for (const at of concurrency) {
        const pgliteResult = await measureEngine(server, engines.pglite, scenario.request, requests, at);
        const postgresResult = await measureEngine(server, engines.postgres, scenario.request, requests, at);
        rows.push({ scenario: scenario.name, concurrency: at, pglite: pgliteResult, postgres: postgresResult });
        console.log(`[pglite] ${scenario.name} ×${at}: pglite ${pgliteResult.p50} ms p50, postgres ${postgresResult.p50} ms p50`);
      }
    }
    return { cases, ids, rows };
  } finally {
    await server.stop();
    await onPostgres.close();
    await pglite.close();
    await postgres.drop();
  }
}

type Server = ReturnType<typeof createApolloServer>;

// Warmed up, then measured; an answer with `errors` throws, so it counts as an error.
async function measureEngine(
  server: Server,
  db: Database,
  request: BenchRequest,
  requests: number,
  concurrency: number,
): Promise<Measurement> {
  const viewers = await loadBenchViewers(db, DEMO_LOGINS);
  const once = async () => {
    const response = await server.executeOperation(
      { query: request.query, variables: request.variables },
      { contextValue: createContext(db, viewers[request.role]) },
    );
    const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
    if (errors?.length) throw new Error(errors[0]?.message);
  };
  await measureLoop(WARM_UP, concurrency, once);
  return measureLoop(requests, concurrency, once);
}
