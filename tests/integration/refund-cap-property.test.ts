import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asc, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { cases, passes, refunds } from '@/db/schema';
import { quoteConsumerAgencyRefund, refundableAmount } from '@/lib/domain/refund';
import { formatWon } from '@/lib/domain/won';
import { decideRefund } from '@/lib/services/compensation/decide-refund';
import { proposeRefund, type ProposeRefundInput } from '@/lib/services/compensation/propose-refund';
import { ServiceError } from '@/lib/services/core/service-error';
import { openTestDatabase } from '../fixtures/test-api';
import { makeWorld, type World } from '../fixtures/world';

// Property: whatever agents propose and managers decide on the cases of one pass, one after
// another or two at once, the approved refunds never exceed the pass's price, nor do the
// approved and pending ones together, and passes.refunds_held is their sum. Steps taken one at
// a time are also checked against a model: accepted exactly when the rules allow.
// The services are called directly (the GraphQL layer is covered by refund-cap.test.ts); one
// world, a fresh pass and three cases per sequence.

const RUNS = 500;
const PRICE = 100_000;
const DAYS = 30;
const CASES = 3;
const meta = { clientAddress: '127.0.0.1' };

let handle: DatabaseHandle;
let world: World;

beforeAll(async () => {
  handle = await openTestDatabase();
  world = await makeWorld(handle.db);
});
afterAll(() => handle.close());

type Proposal = { basis: 'COMPANY_POLICY'; amount: number } | { basis: 'CONSUMER_AGENCY'; usedDays: number };
type Step =
  | { kind: 'propose'; caseIndex: number; proposal: Proposal }
  | { kind: 'decide'; refundIndex: number; approve: boolean }
  | { kind: 'together'; first: Step; second: Step };

const proposalArb: fc.Arbitrary<Proposal> = fc.oneof(
  fc.record({
    basis: fc.constant('COMPANY_POLICY' as const),
    amount: fc.constantFrom(0, 10_000, 25_000, 40_000, 50_000, 60_000, 75_000, PRICE),
  }),
  fc.record({ basis: fc.constant('CONSUMER_AGENCY' as const), usedDays: fc.integer({ min: 0, max: DAYS }) }),
);
const singleArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('propose' as const), caseIndex: fc.nat(CASES - 1), proposal: proposalArb }),
  fc.record({ kind: fc.constant('decide' as const), refundIndex: fc.nat(7), approve: fc.boolean() }),
);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: singleArb, weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('together' as const), first: singleArb, second: singleArb }), weight: 1 },
);

interface Fixture {
  passId: string;
  caseIds: string[];
}

/** A new pass of the world's customer and three verified refund-claim cases on it. */
async function freshPass(): Promise<Fixture> {
  const [pass] = await handle.db
    .insert(passes)
    .values({
      customerId: world.customer.id,
      lotId: world.lotA.id,
      plate: world.pass.plate,
      startsOn: '2026-04-01',
      endsOn: '2026-04-30',
      amountPaid: PRICE,
      availableDays: DAYS,
    })
    .returning({ id: passes.id });
  if (!pass) throw new Error('no pass');
  const rows = await handle.db
    .insert(cases)
    .values(
      Array.from({ length: CASES }, () => ({
        code: `PROP-${randomUUID()}`,
        customerId: world.customer.id,
        passId: pass.id,
        lotId: world.lotA.id,
        agentId: world.agent.id,
        kind: 'REFUND_CLAIM' as const,
        incidentAt: new Date('2026-04-10T01:00:00Z'),
        incidentMonth: '2026-04',
        identityVerified: true,
        identityVerifiedAt: new Date(),
      })),
    )
    .returning({ id: cases.id });
  return { passId: pass.id, caseIds: rows.map((row) => row.id) };
}

/** What the database holds for the pass now. */
async function observe(passId: string) {
  const rows = await handle.db
    .select({ id: refunds.id, caseId: refunds.caseId, amount: refunds.amount, status: refunds.status })
    .from(refunds)
    .where(eq(refunds.passId, passId))
    .orderBy(asc(refunds.proposedAt), asc(refunds.id));
  const [pass] = await handle.db.select({ held: passes.refundsHeld, status: passes.status }).from(passes).where(eq(passes.id, passId));
  if (!pass) throw new Error('pass vanished');
  const sum = (status: string) => rows.filter((r) => r.status === status).reduce((total, r) => total + r.amount, 0);
  return { rows, approved: sum('APPROVED'), proposed: sum('PROPOSED'), held: pass.held, passStatus: pass.status };
}

type Observed = Awaited<ReturnType<typeof observe>>;

function amountOf(proposal: Proposal): number {
  return proposal.basis === 'COMPANY_POLICY' ? proposal.amount : quoteConsumerAgencyRefund(PRICE, DAYS, proposal.usedDays).refund;
}

/** Runs one step; a refusal of the kinds the rules give is its code, anything else fails the property. */
async function run(
  step: Exclude<Step, { kind: 'together' }>,
  fixture: Fixture,
  before: Observed,
): Promise<{ code: string; message?: string }> {
  try {
    if (step.kind === 'propose') {
      const caseId = fixture.caseIds[step.caseIndex] ?? '';
      const input: ProposeRefundInput =
        step.proposal.basis === 'COMPANY_POLICY'
          ? { caseId, basis: 'COMPANY_POLICY', amount: step.proposal.amount }
          : { caseId, basis: 'CONSUMER_AGENCY', usedDays: step.proposal.usedDays };
      await proposeRefund(handle.db, world.agent, meta, input);
    } else {
      const target = before.rows[step.refundIndex % Math.max(1, before.rows.length)];
      if (!target) return { code: 'SKIPPED' };
      await decideRefund(handle.db, world.manager, meta, {
        id: target.id,
        approve: step.approve,
        reason: step.approve ? null : '대상 아님',
      });
    }
    return { code: 'OK' };
  } catch (error) {
    if (error instanceof ServiceError && (error.code === 'POLICY_DENIED' || error.code === 'CONFLICT'))
      return { code: error.code, message: error.message };
    throw error;
  }
}

/** What the rules say a step taken alone must answer, from the state before it. */
function expected(step: Exclude<Step, { kind: 'together' }>, fixture: Fixture, before: Observed): { code: string; message?: string } {
  if (step.kind === 'decide') {
    const target = before.rows[step.refundIndex % Math.max(1, before.rows.length)];
    if (!target) return { code: 'SKIPPED' };
    return { code: target.status === 'PROPOSED' ? 'OK' : 'CONFLICT' };
  }
  const caseId = fixture.caseIds[step.caseIndex];
  if (before.rows.some((r) => r.caseId === caseId && r.status !== 'REJECTED')) return { code: 'CONFLICT' };
  if (before.passStatus === 'REFUNDED') return { code: 'POLICY_DENIED' };
  const left = refundableAmount(PRICE, before.approved + before.proposed);
  if (amountOf(step.proposal) > left)
    return { code: 'POLICY_DENIED', message: `이 정기권에서 더 환불할 수 있는 금액은 ${formatWon(left)}입니다.` };
  return { code: 'OK' };
}

function expectWithinPrice(state: Observed): void {
  expect(state.approved).toBeLessThanOrEqual(PRICE);
  expect(state.approved + state.proposed).toBeLessThanOrEqual(PRICE);
  expect(state.held).toBe(state.approved + state.proposed);
  expect(state.passStatus).toBe(state.rows.some((r) => r.status === 'APPROVED') ? 'REFUNDED' : 'ACTIVE');
}

describe('refund cap property', () => {
  it(`any ${RUNS} sequences of proposals and decisions, some two at once, keep a pass's refunds within its price`, async () => {
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 8 }), async (steps) => {
        const fixture = await freshPass();
        let state = await observe(fixture.passId);
        for (const step of steps) {
          if (step.kind === 'together') {
            const before = state;
            const first = step.first as Exclude<Step, { kind: 'together' }>;
            const second = step.second as Exclude<Step, { kind: 'together' }>;
            await Promise.all([run(first, fixture, before), run(second, fixture, before)]);
          } else {
            const want = expected(step, fixture, state);
            const got = await run(step, fixture, state);
            expect(got.code).toBe(want.code);
            if (want.message) expect(got.message).toBe(want.message);
          }
          state = await observe(fixture.passId);
          expectWithinPrice(state);
        }
      }),
      { numRuns: RUNS },
    );
    console.log(`[refund-cap property] ${RUNS} sequences on ${handle.driver} in ${Math.round(performance.now() - started)} ms`);
  }, 120_000);
});
