import pg from 'pg';
import type { RunningApp } from './app-process';
import type { AppClient } from './http-client';

const OPEN_CASE = `mutation ($input: OpenCaseInput!) { openCase(input: $input) { id code } }`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Holds an openCase in flight (our transaction locks the cases table, so its INSERT waits),
 * sends SIGTERM to the app, then lets the request go: it must still be answered with
 * success and be in the database, and the process must then exit by itself.
 */
export async function checkGracefulStop(app: RunningApp, agent: AppClient, url: string, passId: string) {
  const failures: string[] = [];
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('BEGIN');
  await admin.query('LOCK TABLE cases IN EXCLUSIVE MODE');
  const note = `graceful-${Date.now().toString(36)}`;
  const incidentAt = new Date(Date.now() - 60_000).toISOString();
  const slow = agent.graphql(OPEN_CASE, { input: { passId, kind: 'OPERATOR_OMISSION', incidentAt, note } }, { timeoutMs: 60_000 });
  const waiting = await waitForLockWaiter(admin, 10_000);
  if (!waiting) failures.push('the held request never reached the database');

  const sigtermAt = Date.now();
  app.process.kill('SIGTERM');
  await sleep(2_000);
  const aliveWithRequestInFlight = app.alive();
  if (!aliveWithRequestInFlight) failures.push('the app exited with a request in flight');
  const newConnection = await fetch(`${app.base}/api/health?live`, { signal: AbortSignal.timeout(2_000) }).then(
    (response) => `HTTP ${response.status}`,
    (error: unknown) => `refused (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name})`,
  );

  await admin.query('COMMIT');
  const answer = await slow;
  const answeredAt = Date.now();
  const exit = await Promise.race([app.exited, sleep(30_000).then(() => 'still running after 30 s')]);
  const exitedAt = Date.now();
  const opened = answer.data?.openCase as { id: string } | undefined;
  const { rows } = await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM cases WHERE note = $1', [note]);
  await admin.end();

  if (!opened) failures.push(`the request in flight failed: ${JSON.stringify(answer).slice(0, 200)}`);
  if (rows[0]?.n !== 1) failures.push('the request in flight is not in the database');
  if (!exit.startsWith('SIGTERM') && !exit.startsWith('code 143')) failures.push(`the app did not exit on SIGTERM: ${exit}`);
  return {
    failures,
    heldRequest: opened ? `answered ${answer.status} with case ${opened.id}, ${answeredAt - sigtermAt} ms after SIGTERM` : 'failed',
    inDatabase: rows[0]?.n === 1,
    aliveWithRequestInFlight,
    newConnectionAfterSigterm: newConnection,
    exit: `${exit}, ${exitedAt - answeredAt} ms after the held request was answered`,
  };
}

async function waitForLockWaiter(admin: pg.Client, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if ((rows[0]?.n ?? 0) > 0) return true;
    await sleep(100);
  }
  return false;
}
