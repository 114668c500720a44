/**
 * `npm run bench -- [--database URL] [--requests N] [--concurrency 1,10,50] [--port P] [--build] [--only a,b]`:
 * the scenarios of issue 8 against `next start` (signed-in sessions) and, side by side, the same
 * schema on a bare Apollo standalone server and the reads' captured SQL replayed with `pg`.
 * Needs a build (`next build`, or --build) and a seeded bench database (`npm run bench:seed`).
 * Writes bench/results/<date>.json and .md and prints the table.
 */
import pg from 'pg';
import { buildOnce, startInstances } from '../tests/load/app-instances';
import { signIn } from '../tests/load/http-client';
import { startBareApollo, VIEWER_HEADER } from './bare-apollo';
import { captureSql } from './capture-sql';
import { loadRead, loadWriteMix, type Target } from './load-http';
import { loadSql } from './load-sql';
import { parseBenchOptions } from './options';
import { pickIds } from './pick-ids';
import { markdownTable, writeResults, type ResultRow } from './report';
import { readScenarios, WRITE_MIX, type BenchRole } from './scenarios';
import { BENCH_LOGINS } from './seed/load-people';

const PASSWORD = 'demo-pass-1234';
// A few requests per side before each measured load, so neither side pays its first-call costs
// (JIT, pool connections, Next's route compilation) inside the numbers.
const WARM_UP = 20;

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  process.env.NEXTAUTH_SECRET ??= 'bench-secret-0123456789abcdef0123456789';
  buildOnce(options.build);

  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
  const ids = await pickIds(pool);
  const { rows: [{ n: cases } = { n: 0 }] } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
  await pool.end();
  const wanted = (name: string) => options.only.length === 0 || options.only.includes(name);
  const reads = readScenarios(ids).filter((scenario) => wanted(scenario.name));
  console.log(`[bench] ${cases} cases · ids ${JSON.stringify(ids)}`);
  const statements = await captureSql(options.databaseUrl, reads);

  const next = await startInstances([options.port], options.databaseUrl);
  const apollo = await startBareApollo(options.databaseUrl, options.port + 1).catch((error: unknown) => {
    next.stop();
    throw error;
  });
  try {
    const base = next.bases[0] as string;
    const sessions = {
      agent: await signIn(base, BENCH_LOGINS.agent, PASSWORD),
      operator: await signIn(base, BENCH_LOGINS.operator, PASSWORD),
      manager: await signIn(base, BENCH_LOGINS.manager, PASSWORD),
    };
    const nextTarget: Target = { url: `${base}/api/graphql`, headersFor: (role: BenchRole) => ({ cookie: sessions[role].cookie() }) };
    const apolloTarget: Target = { url: `${apollo.url}/`, headersFor: (role: BenchRole) => ({ [VIEWER_HEADER]: role }) };

    const rows: ResultRow[] = [];
    for (const scenario of reads) {
      for (const concurrency of options.concurrency) {
        // autocannon refuses fewer requests than connections.
        await loadRead(nextTarget, scenario.request, Math.max(WARM_UP, concurrency), concurrency);
        await loadRead(apolloTarget, scenario.request, Math.max(WARM_UP, concurrency), concurrency);
        const row: ResultRow = {
          scenario: scenario.name,
          concurrency,
          next: await loadRead(nextTarget, scenario.request, Math.max(options.requests, concurrency), concurrency),
          apollo: await loadRead(apolloTarget, scenario.request, Math.max(options.requests, concurrency), concurrency),
          sql: await loadSql(options.databaseUrl, statements.get(scenario.name) ?? [], options.requests, concurrency),
        };
        rows.push(row);
        console.log(`[bench] ${scenario.name} ×${concurrency}: next ${row.next.p99} ms p99, apollo ${row.apollo.p99} ms, sql ${row.sql?.p99} ms`);
      }
    }
    if (wanted(WRITE_MIX)) {
      for (const concurrency of options.concurrency) {
        // Chains of four requests: a quarter of `requests` keeps the request count like the
        // reads', and at least one chain per connection so every connection gets to the end.
        const chains = Math.max(concurrency, Math.round(options.requests / 4));
        const row: ResultRow = {
          scenario: WRITE_MIX,
          concurrency,
          next: await loadWriteMix(nextTarget, ids.writePassId, chains, concurrency),
          apollo: await loadWriteMix(apolloTarget, ids.writePassId, chains, concurrency),
        };
        rows.push(row);
        console.log(`[bench] ${WRITE_MIX} ×${concurrency}: next ${row.next.p99} ms p99, ${row.next.errors} errors`);
      }
    }

    const results = {
      date: new Date().toISOString().slice(0, 10),
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      database: new URL(options.databaseUrl).pathname.slice(1),
      cases,
      ids: { ...ids },
      rows,
    };
    const written = writeResults(results);
    console.log(`\n${markdownTable(results)}\n[bench] wrote ${written.join(', ')}`);
  } finally {
    next.stop();
    await apollo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
