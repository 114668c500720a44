import http from 'node:http';
import pg from 'pg';
import { DEMO_PASSWORD } from '../db/seed/demo-data';
import { freshDemoDatabase, startInstances } from '../tests/load/app-instances';
import { signIn } from '../tests/load/http-client';

/** What the push scenario measured (issue 18, target 5). */
export interface PushResults {
  streams: number;
  idleSeconds: number;
  /** Transactions per second on the database with no page open: the background jobs alone. */
  baselinePerSecond: number;
  /** The same with every stream open and idle: what the target holds to ≤ 1. */
  idlePerSecond: number;
  changes: number;
  /** From sending a change to the last of the streams hearing it, ms. */
  p50: number;
  p99: number;
  /** Streams that did not hear a change within 10 s, summed over the changes. */
  missed: number;
}

const CHANGES = 20;
const GIVE_UP_MS = 10_000;
const STATS_SETTLE_MS = 11_000;
const OPEN_AT_ONCE = 20;

/**
 * Issue 18's push scenario: `streams` operator pages (the demo operator's change stream, as
 * many connections as pages) open on one `next start` and idle for `seconds`, then `changes`
 * writes to a request at the operator's lot, one after the other. The database's cost is read
 * from pg_stat_database (commits and rollbacks: each idle statement is its own transaction;
 * pg_stat_statements is not loaded on this server), first over the same time with no page open.
 * On a fresh demo database: what it measures does not depend on the number of cases.
 */
export async function runPushSection(serverUrl: string, port: number, streams: number, seconds: number): Promise<PushResults> {
  const database = await freshDemoDatabase(serverUrl);
  const app = await startInstances([port], database.url);
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  const opened: http.ClientRequest[] = [];
  try {
    const base = app.bases[0] as string;
    const operator = await signIn(base, 'operator@demo.test', DEMO_PASSWORD);
    const baselinePerSecond = await transactionsPerSecond(sql, seconds);

    const heard = new Array<number>(streams).fill(0);
    const waiters = new Set<() => void>();
    const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
    // Opened a few at a time, as pages are: 500 sign-in checks at one instant would only
    // measure the pool's queue (10 connections, 3 s to get one).
    for (let first = 0; first < streams; first += OPEN_AT_ONCE) {
      const batch = Array.from({ length: Math.min(OPEN_AT_ONCE, streams - first) }, (_, offset) => first + offset);
      await Promise.all(
        batch.map((index) =>
          openStream(`${base}/api/events`, operator.cookie(), agent, opened, () => {
            heard[index] = (heard[index] ?? 0) + 1;
            for (const wake of waiters) wake();
          }),
        ),
      );
    }
    console.log(`[bench] push: ${streams} streams open; idle ${seconds} s`);
    const idlePerSecond = await transactionsPerSecond(sql, seconds);

    const target = await sql.query<{ id: string }>(
      `SELECT r.id FROM exit_requests r JOIN parking_lots l ON l.id = r.lot_id JOIN users u ON u.operator_id = l.operator_id
       WHERE u.email = 'operator@demo.test' LIMIT 1`,
    );
    const requestId = target.rows[0]?.id;
    if (!requestId) throw new Error('push: the demo operator has no exit request to change');
    const latencies: number[] = [];
    let missed = 0;
    for (let change = 1; change <= CHANGES; change += 1) {
      const started = performance.now();
      // A write that changes nothing but fires the request's trigger, as any step of the lot does.
      await sql.query('UPDATE exit_requests SET lot_id = lot_id WHERE id = $1', [requestId]);
      const everyone = () => heard.every((count) => count >= change);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, GIVE_UP_MS);
        function done() {
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        }
        function check() {
          if (everyone()) done();
        }
        waiters.add(check);
        check();
      });
      latencies.push(performance.now() - started);
      missed += heard.filter((count) => count < change).length;
      for (let i = 0; i < heard.length; i += 1) heard[i] = change;
    }
    console.log(`[bench] push: reach-all times ${latencies.map((ms) => Math.round(ms)).join(' ')} ms`);
    const sorted = latencies.sort((a, b) => a - b);
    const at = (q: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0) * 10) / 10;
    return { streams, idleSeconds: seconds, baselinePerSecond, idlePerSecond, changes: CHANGES, p50: at(0.5), p99: at(0.99), missed };
  } finally {
    for (const request of opened) request.destroy();
    await sql.end();
    app.stop();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await database.drop();
  }
}

/** The database's commits and rollbacks per second over `seconds`, less the two reads of this count. */
async function transactionsPerSecond(sql: pg.Client, seconds: number): Promise<number> {
  const read = async () =>
    Number(
      (await sql.query<{ n: string }>('SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()'))
        .rows[0]?.n,
    );
  // An idle backend reports its counts up to 10 s late (PostgreSQL's PGSTAT_IDLE_INTERVAL): the
  // pause lets what came before (signing in, opening the streams) land before the window opens.
  await new Promise((resolve) => setTimeout(resolve, STATS_SETTLE_MS));
  const before = await read();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const after = await read();
  return Math.round(((after - before - 1) / seconds) * 100) / 100;
}

/** Opens one change stream; resolves once it is open, and calls `onChange` for each `changed` event. */
function openStream(url: string, cookie: string, agent: http.Agent, opened: http.ClientRequest[], onChange: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { cookie, accept: 'text/event-stream' } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`push: stream answered ${response.statusCode}`));
      response.setEncoding('utf8');
      let buffer = '';
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (event.startsWith('retry:')) resolve();
          else if (event.startsWith('event: changed')) onChange();
        }
      });
      response.on('error', () => undefined);
    });
    request.on('error', reject);
    opened.push(request);
  });
}
