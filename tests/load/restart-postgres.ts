/**
 * `npm run test:restart` — acceptance 3: PostgreSQL restarts under a write load.
 *
 * NOT part of `npm test`: it restarts the whole PostgreSQL cluster (`pg_ctlcluster`), so every
 * other database and test run on that server loses its connections for a few seconds. Run it
 * as root (or the postgres user) on a machine whose PostgreSQL you may restart, from a tree
 * with a production build (`next build`).
 *
 * It creates, migrates and seeds a fresh database, starts `next start` on it, signs in the
 * demo agent and opens cases at a fixed concurrency; mid-way it restarts PostgreSQL. Then:
 * every openCase that answered success is in the database; the failures during the outage
 * were 503 SERVICE_UNAVAILABLE; the app served again within 10 s, in the same process.
 * Last, a graceful stop: a request held in flight by a table lock completes after SIGTERM.
 *
 * Environment: DATABASE_URL (the server, default postgres://postgres@127.0.0.1:5432/postgres),
 * PORT (3308), PG_CLUSTER ("15 main"), LOAD_SECONDS (30), CONCURRENCY (10),
 * RESTART_AT_SECONDS (10), FAULT: `restart` (default), `terminate` (a rehearsal that touches
 * only this run's database: its sessions are killed every 100 ms for 3 s) or `none`.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { migrateDatabase, openDatabase } from '@/db/client';
import { DEMO_PASSWORD, seedDemo } from '@/db/seed/demo-data';
import { adminQuery } from '../fixtures/admin-query';
import { throwawayDatabaseName, withDatabase } from '../fixtures/database-url';
import { signIn } from './http-client';
import { checkGracefulStop } from './graceful-stop';
import { runLoad, summarize, type Attempt } from './write-load';
import { startApp, waitForHealth, type RunningApp } from './app-process';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PORT = Number(process.env.PORT ?? 3308);
const CLUSTER = (process.env.PG_CLUSTER ?? '15 main').split(' ');
const LOAD_MS = Number(process.env.LOAD_SECONDS ?? 30) * 1000;
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 10);
const RESTART_AT_MS = Number(process.env.RESTART_AT_SECONDS ?? 10) * 1000;
const FAULT = (process.env.FAULT ?? 'restart') as 'restart' | 'terminate' | 'none';
const RECOVERY_LIMIT_MS = 10_000;

async function main() {
  const name = throwawayDatabaseName('cs_restart');
  const url = withDatabase(SERVER_URL, name);
  await adminQuery(SERVER_URL, `CREATE DATABASE "${name}"`);
  const handle = await openDatabase({ url, poolSize: 2 });
  await migrateDatabase(handle);
  await seedDemo(handle.db);
  await handle.close();
  console.log(`database ${name} created, migrated and seeded`);

  const app = await startApp(PORT, url);
  try {
    await run(app, url);
  } finally {
    app.stop();
    await adminQuery(SERVER_URL, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch((error: unknown) =>
      console.warn('drop failed:', error),
    );
  }
}

async function run(app: RunningApp, url: string) {
  await waitForHealth(app.base, 60_000);
  const agent = await signIn(app.base, 'agent@demo.test', DEMO_PASSWORD);
  const passId = await passOpenToday(url);
  const tag = `restart-${Date.now().toString(36)}`;

  let restart: { startedAt: number; endedAt: number; at: string } | undefined;
  const restartTimer =
    FAULT === 'none'
      ? undefined
      : setTimeout(() => {
          const startedAt = Date.now();
          restart = { startedAt, endedAt: 0, at: new Date(startedAt).toISOString() };
          injectFault(url).then(
            () => restart && (restart.endedAt = Date.now()),
            (error: unknown) => console.error('the fault failed:', error),
          );
        }, RESTART_AT_MS);
  const health = app.watchHealth(200);
  const attempts = await runLoad(agent, { passId, tag, concurrency: CONCURRENCY, durationMs: LOAD_MS });
  clearTimeout(restartTimer);
  const healthLog = health.stop();

  const checks = await verify(url, attempts, tag, app, restart);
  printReport(summarize(attempts), checks, healthLog, restart);

  const graceful = await checkGracefulStop(app, agent, url, passId);
  console.log('\ngraceful stop:', graceful);
  const failed = [...checks.failures, ...graceful.failures];
  if (failed.length) {
    console.error(`\nFAILED:\n- ${failed.join('\n- ')}`);
    process.exitCode = 1;
  } else console.log('\nall checks passed');
}

interface Checks {
  failures: string[];
  successes: number;
  successesInDatabase: number;
  answeredFailureButCommitted: number;
  firstSuccessAfterOutageMs?: number;
  lastFailureMs?: number;
  samePid: boolean;
}

async function verify(
  url: string,
  attempts: Attempt[],
  tag: string,
  app: RunningApp,
  restart?: { startedAt: number; endedAt: number },
): Promise<Checks> {
  const failures: string[] = [];
  const ok = attempts.filter((a) => a.caseId);
  const rows = await adminQuery<{ id: string; code: string; note: string }>(url, `SELECT id, code, note FROM cases WHERE note LIKE $1`, [
    `${tag} %`,
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const lost = ok.filter((a) => byId.get(a.caseId ?? '')?.code !== a.caseCode);
  if (lost.length) failures.push(`${lost.length} writes answered success but are not in the database`);
  const notes = new Set(rows.map((row) => row.note));
  const answeredFailureButCommitted = attempts.filter((a) => !a.caseId && notes.has(a.note)).length;

  const bad = attempts.filter((a) => !a.caseId && !(a.status === 503 && a.code === 'SERVICE_UNAVAILABLE'));
  if (bad.length) failures.push(`${bad.length} failures were not 503 SERVICE_UNAVAILABLE: ${JSON.stringify(bad.slice(0, 3))}`);

  let firstSuccessAfterOutageMs: number | undefined;
  let lastFailureMs: number | undefined;
  if (restart) {
    const failed = attempts.filter((a) => !a.caseId);
    const firstFailure = Math.min(...failed.map((a) => a.endedAt));
    const back = ok.filter((a) => a.startedAt >= firstFailure).sort((x, y) => x.endedAt - y.endedAt)[0];
    firstSuccessAfterOutageMs = back ? back.endedAt - restart.startedAt : undefined;
    lastFailureMs = failed.length ? Math.max(...failed.map((a) => a.endedAt)) - restart.startedAt : undefined;
    if (firstSuccessAfterOutageMs === undefined || firstSuccessAfterOutageMs > RECOVERY_LIMIT_MS) {
      failures.push(`the app did not serve again within 10 s of the restart (${firstSuccessAfterOutageMs} ms)`);
    }
    const lateFailures = failed.filter((a) => a.startedAt > restart.startedAt + RECOVERY_LIMIT_MS);
    if (lateFailures.length) failures.push(`${lateFailures.length} requests started over 10 s after the restart failed`);
    if (!failed.length) failures.push('no request failed: the restart did not happen during the load?');
  }
  const samePid = app.alive();
  if (!samePid) failures.push('the app process exited');
  return {
    failures,
    successes: ok.length,
    successesInDatabase: ok.length - lost.length,
    answeredFailureButCommitted,
    firstSuccessAfterOutageMs,
    lastFailureMs,
    samePid,
  };
}

function printReport(
  load: ReturnType<typeof summarize>,
  checks: Checks,
  healthLog: string[],
  restart?: { startedAt: number; endedAt: number; at: string },
) {
  console.log(`\n=== fault under load: ${FAULT} ===`);
  console.log(
    `load: ${CONCURRENCY} concurrent openCase for ${LOAD_MS / 1000} s: ${load.total} requests, ${load.succeeded} succeeded, ${load.failed} failed`,
  );
  console.log(`failures by answer: ${JSON.stringify(load.failuresByAnswer)}`);
  console.log(`latency of successes: p50 ${load.p50} ms, p99 ${load.p99} ms, max ${load.max} ms`);
  if (restart) {
    console.log(
      `fault (${FAULT}) began ${restart.at}; it returned after ${restart.endedAt ? restart.endedAt - restart.startedAt : '?'} ms`,
    );
    console.log(
      `first failure answered at +${load.firstFailureAt ? load.firstFailureAt - restart.startedAt : '?'} ms; last failure at +${checks.lastFailureMs} ms`,
    );
    console.log(`first success after the outage: +${checks.firstSuccessAfterOutageMs} ms after the restart began (limit 10000 ms)`);
  }
  console.log(`successes in the database: ${checks.successesInDatabase} of ${checks.successes}`);
  console.log(`answered failure but committed (COMMIT cut off mid-answer): ${checks.answeredFailureButCommitted}`);
  console.log(`app process: ${checks.samePid ? 'the same process throughout (not restarted)' : 'EXITED'}`);
  console.log(`/api/health over the run: ${healthLog.join(' → ')}`);
}

/** The fault: a restart of the PostgreSQL cluster, or (rehearsal) killing this database's sessions for 3 s. */
async function injectFault(url: string): Promise<void> {
  if (FAULT === 'restart') {
    console.log(`restarting PostgreSQL at ${new Date().toISOString()}: pg_ctlcluster ${CLUSTER.join(' ')} restart`);
    await promisify(execFile)('pg_ctlcluster', [...CLUSTER, 'restart']);
    return;
  }
  console.log(`terminating the sessions of this run's database for 3 s from ${new Date().toISOString()}`);
  const until = Date.now() + 3_000;
  while (Date.now() < until) {
    await adminQuery(
      url,
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A pass of the demo data whose period covers the last minute (KST), so openCase accepts it. */
async function passOpenToday(url: string): Promise<string> {
  const today = `((now() - interval '1 minute') AT TIME ZONE 'Asia/Seoul')::date`;
  const [row] = await adminQuery<{ id: string }>(url, `SELECT id FROM passes WHERE starts_on <= ${today} AND ends_on >= ${today} LIMIT 1`);
  if (!row) throw new Error('no demo pass covers today');
  return row.id;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
