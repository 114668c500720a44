import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { buildOnce, freshDemoDatabase, startInstances } from './app-instances';
import { prepareCustomerMonths } from './prepare-customer-months';
import { runPool, signIn, summarize, type Answer } from './portal-client';

/**
 * Acceptance 2 of issue 7: two `next start` instances on one PostgreSQL database.
 *   1. 1,000 issueCompensationCoupon attempts on 50 eligible customer-months → exactly 50 coupons.
 *   2. 1,000 openCase calls under 200 Idempotency-Keys (5 each) → exactly 200 cases.
 * Run it in a copy of the tree (it builds into ./.next):
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run test:two-instances [-- --build] [-- --keep]
 * LOAD_PORT (default 3400) and the next port are used. Exits 1 when a check fails.
 */

const CUSTOMER_MONTHS = 50;
const COUPON_ATTEMPTS = 1000;
const KEYS = 200;
const RETRIES_PER_KEY = 5;
const CONCURRENCY = 20;

const args = new Set(process.argv.slice(2));
const serverUrl = process.env.DATABASE_URL;
const firstPort = Number(process.env.LOAD_PORT ?? 3400);
// `next build` and both instances need it once DATABASE_URL is set; one value for all three.
process.env.NEXTAUTH_SECRET ??= 'load-test-secret-0123456789abcdef';

async function main() {
  if (!serverUrl?.startsWith('postgres')) throw new Error('DATABASE_URL must name a PostgreSQL server');
  buildOnce(args.has('--build'));
  const database = await freshDemoDatabase(serverUrl);
  const instances = await startInstances([firstPort, firstPort + 1], database.url);
  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => (ok ? console.log(`  ✓ ${what}`) : failures.push(what) && console.log(`  ✗ ${what}`));
  try {
    const agents = await Promise.all(instances.bases.map((base) => signIn(base, 'agent@demo.test', DEMO_PASSWORD)));
    const manager = await signIn(instances.bases[0]!, 'manager@demo.test', DEMO_PASSWORD);
    console.log(`[load] two instances: ${instances.bases.join(', ')}; database ${new URL(database.url).pathname.slice(1)}`);
    const prepared = await prepareCustomerMonths(manager, agents, CUSTOMER_MONTHS);
    console.log(
      `[load] prepared ${prepared.customerIds.length} customer-months (${prepared.month}), ${prepared.eligibleCaseIds.length} eligible cases`,
    );

    // Phase 1: each eligible case gets 10 attempts, alternating instances across rounds.
    const couponDoc = 'mutation ($id: ID!) { issueCompensationCoupon(caseId: $id) { id } }';
    const eligible = prepared.eligibleCaseIds;
    let started = performance.now();
    const couponAnswers = await runPool(COUPON_ATTEMPTS, CONCURRENCY, (i) =>
      agents[(i + Math.floor(i / eligible.length)) % 2]!.graphql(couponDoc, { id: eligible[i % eligible.length] }),
    );
    const couponWall = performance.now() - started;
    const coupons = await sql.query<{ n: number; months: number }>(
      'SELECT count(*)::int AS n, count(DISTINCT (customer_id, month))::int AS months FROM coupons WHERE customer_id = ANY($1)',
      [prepared.customerIds],
    );
    const couponRows = coupons.rows[0]!;
    report(
      'issueCompensationCoupon',
      couponAnswers,
      couponWall,
      `coupons created: ${couponRows.n} over ${couponRows.months} customer-months`,
    );
    check(couponRows.n === CUSTOMER_MONTHS, `exactly ${CUSTOMER_MONTHS} coupons (got ${couponRows.n})`);
    check(couponRows.months === couponRows.n, 'no customer-month has two coupons');
    check(summarize(couponAnswers).byCode.OK === CUSTOMER_MONTHS, `exactly ${CUSTOMER_MONTHS} attempts succeeded`);

    // Phase 2: 200 keys × 5 identical calls; shuffled within windows of 50 calls so a key's
    // retries land both while its first call is in flight and after it committed.
    const keys = Array.from({ length: KEYS }, (_, k) => ({
      key: `load-${randomUUID()}`,
      passId: prepared.passIds[k % prepared.passIds.length]!,
      minute: k,
    }));
    const calls = windowShuffle(
      keys.flatMap((entry) => Array.from({ length: RETRIES_PER_KEY }, () => entry)),
      50,
    );
    const openDoc = 'mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }';
    const casesBefore = await countCases(sql, prepared.passIds);
    started = performance.now();
    const openAnswers = await runPool(calls.length, CONCURRENCY, (i) => {
      const { key, passId, minute } = calls[i]!;
      const incidentAt = new Date(Date.parse(`${prepared.month}-20T10:00:00+09:00`) + minute * 60_000).toISOString();
      return agents[i % 2]!.graphql<{ openCase: { id: string } }>(
        openDoc,
        { input: { passId, kind: 'OPERATOR_OMISSION', incidentAt } },
        key,
      );
    });
    const openWall = performance.now() - started;
    const created = (await countCases(sql, prepared.passIds)) - casesBefore;
    const idsPerKey = new Map<string, Set<string>>();
    openAnswers.forEach((answer, i) => {
      const ids = idsPerKey.get(calls[i]!.key) ?? new Set<string>();
      if (answer.data?.openCase) ids.add(answer.data.openCase.id);
      idsPerKey.set(calls[i]!.key, ids);
    });
    const keyRows = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM idempotency_keys WHERE key = ANY($1)', [
      keys.map((k) => k.key),
    ]);
    report('openCase (200 keys × 5)', openAnswers as Answer[], openWall, `cases created: ${created}; key rows: ${keyRows.rows[0]!.n}`);
    check(created === KEYS, `exactly ${KEYS} new cases (got ${created})`);
    check(keyRows.rows[0]!.n === KEYS, `${KEYS} idempotency key rows`);
    check(
      [...idsPerKey.values()].every((ids) => ids.size === 1),
      'the 5 calls of every key answered with one and the same case',
    );
  } finally {
    await sql.end();
    instances.stop();
    if (!args.has('--keep')) await database.drop();
  }
  if (failures.length > 0) {
    console.log(`[load] FAILED: ${failures.join('; ')}`);
    process.exit(1);
  }
  console.log('[load] all checks passed');
  process.exit(0);
}

function report(phase: string, answers: Answer[], wallMs: number, rows: string) {
  const { attempts, byCode, p50, p95, max } = summarize(answers);
  const { OK: successes = 0, ...refusals } = byCode;
  console.log(`\n[load] ${phase}`);
  console.log(`  attempts ${attempts}, successes ${successes}, refusals ${JSON.stringify(refusals)}`);
  console.log(`  ${rows}`);
  console.log(
    `  wall ${(wallMs / 1000).toFixed(2)} s (${Math.round(attempts / (wallMs / 1000))}/s), latency p50 ${p50} ms, p95 ${p95} ms, max ${max} ms`,
  );
}

async function countCases(sql: pg.Pool, passIds: string[]): Promise<number> {
  const result = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM cases WHERE pass_id = ANY($1)', [passIds]);
  return result.rows[0]!.n;
}

/** Shuffles within consecutive windows, so related items stay near each other. */
function windowShuffle<T>(items: T[], window: number): T[] {
  const out = [...items];
  for (let start = 0; start < out.length; start += window) {
    for (let i = Math.min(out.length, start + window) - 1; i > start; i--) {
      const j = start + Math.floor(Math.random() * (i - start + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
  }
  return out;
}

main().catch((error: unknown) => {
  console.error('[load] could not run:', error);
  process.exit(1);
});
