/**
 * `npm run bench -- [--database URL] [--requests N] [--concurrency 1,10,50] [--port P] [--build]
 * [--only a,b] [--lighthouse-runs N]`: every section of issue 8 unless --only names some
 * (bench/sections.ts). Load: the scenarios against `next start` (signed-in sessions) and, side by
 * side, bare Apollo, the reads' captured SQL with `pg`, and PostGraphile. Then PGlite against
 * PostgreSQL on the demo data, the report plans at the bench's size, Lighthouse and first-load
 * JS on the demo pages. Needs a build (`next build`, or --build) and, for load and plans, a
 * seeded bench database (`npm run bench:seed`). Writes bench/results/<date>[-only].json and .md.
 */
import pg from 'pg';
import { buildOnce } from '../tests/load/app-instances';
import { withDatabase } from '../tests/fixtures/database-url';
import { startDemoApp } from './demo-app';
import { measureFirstLoadJs } from './first-load-js';
import { runLighthouse } from './lighthouse-pages';
import { runLoadSection } from './load-section';
import { parseBenchOptions } from './options';
import { pickIds, type BenchIds } from './pick-ids';
import { runPgliteSection } from './pglite-section';
import { explainReports, printPlans } from './plan-shapes';
import { markdownReport, writeResults, type BenchResults } from './report';
import { selectionOf } from './sections';
import { checkTargets } from './targets';

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const selection = selectionOf(options.only);
  process.env.NEXTAUTH_SECRET ??= 'bench-secret-0123456789abcdef0123456789';
  const needsBuild = selection.scenarios.length > 0 || selection.lighthouse || selection.firstLoad;
  if (needsBuild) buildOnce(options.build);
  // The PGlite section and the pages make their throwaway databases on the bench's server.
  const serverUrl = withDatabase(options.databaseUrl, 'postgres');

  let cases = 0;
  let ids: BenchIds | undefined;
  if (selection.scenarios.length || selection.plans) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
    ids = await pickIds(pool);
    cases = (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases')).rows[0]?.n ?? 0;
    await pool.end();
    console.log(`[bench] ${cases} cases · ids ${JSON.stringify(ids)}`);
  }
  const rows = ids && selection.scenarios.length ? await runLoadSection(options, selection.scenarios, ids) : [];
  const pglite = selection.pglite ? await runPgliteSection(serverUrl, options.requests, options.concurrency) : undefined;
  const plans = selection.plans ? await explainReports(options.databaseUrl) : undefined;
  if (plans) printPlans(plans);

  let lighthouse, firstLoad;
  if (selection.lighthouse || selection.firstLoad) {
    const app = await startDemoApp(serverUrl, options.port + 3);
    try {
      // First-load JS first: its plain fetches also warm the pages Lighthouse then loads.
      firstLoad = selection.firstLoad ? await measureFirstLoadJs(app) : undefined;
      lighthouse = selection.lighthouse ? await runLighthouse(app, options.lighthouseRuns) : undefined;
    } finally {
      await app.stop();
    }
  }

  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 10),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    database: new URL(options.databaseUrl).pathname.slice(1),
    cases,
    ids: { ...ids },
    rows,
    ...(pglite && { pglite }),
    ...(plans && { plans }),
    ...(lighthouse && { lighthouse }),
    ...(firstLoad && { firstLoad }),
    targets: checkTargets({ rows, plans, lighthouse, firstLoad }),
  };
  const written = writeResults(results, options.only);
  console.log(`\n${markdownReport(results)}\n[bench] wrote ${written.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
