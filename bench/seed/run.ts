/**
 * `npm run bench:seed -- --cases 1000000 [--seed 1] [--database URL] [--until ISO]`: drops and
 * recreates the bench database, migrates it, and fills it with set-based SQL (no row-by-row
 * inserts), printing how long each table took and how big it came out.
 */
import pg from 'pg';
import { DEMO_PASSWORD } from '../../db/seed/accounts';
import { hashPassword } from '../../lib/auth/password';
import { LOADED_TABLES, recreateBenchDatabase, withConstraintsSetAside } from './bench-database';
import { caseSteps } from './load-cases';
import { customerSteps } from './load-customers';
import { BENCH_LOGINS, peopleSteps } from './load-people';
import { parseSeedOptions } from './options';
import { planSteps } from './plan-cases';
import { scaleFor } from './scale';
import { createSqlFunctions } from './sql-functions';
import { timelineStep } from './timeline';

type Steps = Record<string, () => Promise<unknown>>;

async function main(): Promise<void> {
  const options = parseSeedOptions(process.argv.slice(2));
  const scale = scaleFor(options.cases);
  const started = performance.now();
  console.log(`[bench:seed] ${options.cases.toLocaleString('en')} cases, seed ${options.seed}, until ${options.until.toISOString()}`);
  await timed('create + migrate', () => recreateBenchDatabase(options.databaseUrl));
  // Hashed once: argon2 is slow on purpose, and every bench login shares the demo password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    // Session-only settings for a bulk load: nothing here changes the server for anyone else.
    await client.query(`SET synchronous_commit = off; SET work_mem = '512MB'; SET maintenance_work_mem = '1GB';
      SET temp_buffers = '2GB'; SET max_parallel_maintenance_workers = 2; SET TimeZone = 'UTC'`);
    await createSqlFunctions(client, options.seed, scale, options.until);
    await withConstraintsSetAside(
      client,
      async () => {
        await runSteps(peopleSteps(client, scale, passwordHash));
        await runSteps(planSteps(client, scale, options.until));
        await client.query('DROP TABLE plan_base, plan_flow');
        await runSteps(customerSteps(client, scale));
        await runSteps(caseSteps(client));
        await runSteps(timelineStep(client));
        await timed('bench operator', () => addBenchOperator(client, passwordHash));
      },
      report,
    );
    // The next case opened in the app must get a code past the seeded ones.
    await client.query(`SELECT setval('case_code_seq', ${options.cases})`);
    // VACUUM as well as ANALYZE: it sets the visibility map, without which the planner prices
    // index-only scans (the reports' partial index) as heap reads and scans cases instead, as
    // it would not on a database autovacuum has been through.
    await timed('vacuum analyze', () => client.query('VACUUM (ANALYZE)'));
    await printSizes(client);
  } finally {
    await client.end();
  }
  console.log(
    `[bench:seed] total ${seconds(performance.now() - started)} · logins ${Object.values(BENCH_LOGINS).join(', ')} / ${DEMO_PASSWORD}`,
  );
}

async function runSteps(steps: Steps): Promise<void> {
  for (const [name, run] of Object.entries(steps)) await timed(name, run);
}

async function timed(name: string, run: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await run();
  report(name, performance.now() - started);
}

function report(name: string, ms: number): void {
  console.log(`  ${name.padEnd(24)} ${seconds(ms).padStart(8)}`);
}

/** Staff of the operator of the lot with the most cases: its queues are the busiest. */
async function addBenchOperator(client: pg.Client, passwordHash: string): Promise<void> {
  await client.query(
    `INSERT INTO users (id, name, email, password_hash, role, operator_id, created_at)
     SELECT pg_temp.uid('bench-operator', 0), '벤치 운영사', '${BENCH_LOGINS.operator}', $1, 'OPERATOR', pl.operator_id,
       (SELECT starts FROM bench_months WHERE m = 0)
     FROM (SELECT lot FROM plan GROUP BY lot ORDER BY count(*) DESC, lot LIMIT 1) busiest
       JOIN parking_lots pl ON pl.id = pg_temp.uid('lot', busiest.lot)`,
    [passwordHash],
  );
}

async function printSizes(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ table: string; rows: string; size: string }>(
    `SELECT c.relname AS table, c.reltuples::bigint AS rows, pg_size_pretty(pg_total_relation_size(c.oid)) AS size
     FROM pg_class c WHERE c.relname = ANY($1) ORDER BY pg_total_relation_size(c.oid) DESC`,
    [[...LOADED_TABLES]],
  );
  const database = await client.query<{ size: string }>('SELECT pg_size_pretty(pg_database_size(current_database())) AS size');
  console.log('  table                         rows   size (with indexes)');
  for (const row of rows) console.log(`  ${row.table.padEnd(24)} ${Number(row.rows).toLocaleString('en').padStart(10)}   ${row.size}`);
  console.log(`  database ${database.rows[0]?.size ?? '?'}`);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

main().catch((error: unknown) => {
  console.error(`[bench:seed] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
