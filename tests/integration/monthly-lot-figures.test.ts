import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { passes, type UserRow } from '@/db/schema';
import { monthlyTrend } from '@/lib/services/reports/monthly-trend';
import { graphql } from '../generated';
import type { VocKind } from '../generated/graphql';
import { useIntegrationApi } from '../fixtures/integration';
import { liveMonthlyLotFigures, storedMonthlyLotFigures } from '../fixtures/live-monthly-lot-figures';
import { makeWorld, type World } from '../fixtures/world';

// Property: whatever agents and managers do to cases through the API (open at either lot, on
// either side of a KST month boundary, verify, reclassify, link and unlink duplicates, issue
// coupons, propose and decide refunds, resolve), monthly_lot_figures afterwards equals the
// figures counted from the cases, coupons and refunds themselves, month by KST month and lot.
// Refused steps are part of the property: they must leave the figures as they were.

const RUNS = 25;
const { handle, api } = await useIntegrationApi();

const OPEN = graphql(`
  mutation FiguresOpen($input: OpenCaseInput!) {
    openCase(input: $input) {
      id
    }
  }
`);
const VERIFY = graphql(`
  mutation FiguresVerify($id: ID!) {
    verifyIdentity(caseId: $id) {
      id
    }
  }
`);
const RECLASSIFY = graphql(`
  mutation FiguresReclassify($id: ID!, $kind: VocKind!) {
    reclassifyCase(caseId: $id, kind: $kind, reason: "분류 정정") {
      id
    }
  }
`);
const LINK = graphql(`
  mutation FiguresLink($id: ID!, $of: ID!) {
    linkDuplicate(caseId: $id, ofCaseId: $of) {
      id
    }
  }
`);
const UNLINK = graphql(`
  mutation FiguresUnlink($id: ID!) {
    unlinkDuplicate(caseId: $id, reason: "다른 사고로 확인") {
      id
    }
  }
`);
const COUPON = graphql(`
  mutation FiguresCoupon($id: ID!) {
    issueCompensationCoupon(caseId: $id) {
      id
    }
  }
`);
const PROPOSE_REFUND = graphql(`
  mutation FiguresProposeRefund($id: ID!, $amount: Int!) {
    proposeRefund(caseId: $id, basis: COMPANY_POLICY, amount: $amount) {
      id
    }
  }
`);
const DECIDE_REFUND = graphql(`
  mutation FiguresDecideRefund($id: ID!, $approve: Boolean!) {
    decideRefund(id: $id, approve: $approve, reason: "검토 완료") {
      id
    }
  }
`);
const RESOLVE = graphql(`
  mutation FiguresResolve($id: ID!) {
    resolveCase(caseId: $id, outcome: "정책 안내 후 종결") {
      id
    }
  }
`);

// Each instant with its KST month: the last second of a KST month and the first of the next.
const INCIDENTS = [
  '2026-02-28T15:00:00Z', // KST 03-01 00:00 → March
  '2026-03-31T14:59:59Z', // KST 03-31 23:59:59 → March
  '2026-03-31T15:00:00Z', // KST 04-01 00:00 → April
  '2026-04-15T03:00:00Z',
  '2026-04-30T14:59:59Z', // → April
  '2026-04-30T15:00:00Z', // KST 05-01 00:00 → May
] as const;
const KINDS: VocKind[] = ['OPERATOR_OMISSION', 'OPERATOR_OMISSION', 'EQUIPMENT_FAULT', 'REFUND_CLAIM'];

type Step =
  | { kind: 'open'; lot: number; incident: number; voc: number; verify: boolean }
  | { kind: 'repeat'; lot: number; incident: number }
  | { kind: 'claim'; lot: number; incident: number }
  | { kind: 'verify' | 'coupon' | 'resolve'; target: number }
  | { kind: 'reclassify'; target: number; voc: number }
  | { kind: 'link'; target: number; of: number }
  | { kind: 'unlink'; target: number }
  | { kind: 'refund'; target: number; amount: number; approve: boolean | null };

const index = fc.nat(9);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('open' as const),
      lot: fc.nat(1),
      incident: fc.nat(INCIDENTS.length - 1),
      voc: fc.nat(KINDS.length - 1),
      verify: fc.boolean(),
    }),
  },
  // A customer's second counted omission of a month, which is when a coupon may be issued.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('repeat' as const), lot: fc.nat(1), incident: fc.nat(INCIDENTS.length - 1) }) },
  // A verified refund claim with an approved refund.
  fc.record({ kind: fc.constant('claim' as const), lot: fc.nat(1), incident: fc.nat(INCIDENTS.length - 1) }),
  fc.record({ kind: fc.constantFrom('verify' as const, 'coupon' as const, 'resolve' as const), target: index }),
  fc.record({ kind: fc.constant('reclassify' as const), target: index, voc: fc.nat(KINDS.length - 1) }),
  fc.record({ kind: fc.constant('link' as const), target: index, of: index }),
  fc.record({ kind: fc.constant('unlink' as const), target: index }),
  fc.record({
    kind: fc.constant('refund' as const),
    target: index,
    amount: fc.constantFrom(0, 10_000, 40_000),
    approve: fc.option(fc.boolean()),
  }),
);

// Every series starts with a customer's second omission of a month and an approved refund, so
// each figure has something in it for the steps after to move.
const startArb = fc.tuple(
  fc.record({ kind: fc.constant('repeat' as const), lot: fc.nat(1), incident: fc.nat(INCIDENTS.length - 1) }),
  fc.record({ kind: fc.constant('claim' as const), lot: fc.nat(1), incident: fc.nat(INCIDENTS.length - 1) }),
);

/** A world whose customer holds a pass at each of its two lots, valid over the incidents' months. */
async function freshWorld(): Promise<{ world: World; passIds: [string, string] }> {
  const world = await makeWorld(handle.db);
  const [second] = await handle.db
    .insert(passes)
    .values({
      customerId: world.customer.id,
      lotId: world.lotB.id,
      plate: world.pass.plate,
      startsOn: '2026-03-01',
      endsOn: '2026-05-31',
      amountPaid: 150_000,
      availableDays: 90,
    })
    .returning({ id: passes.id });
  await handle.db.execute(sql`UPDATE passes SET starts_on = '2026-03-01', ends_on = '2026-05-31' WHERE id = ${world.pass.id}`);
  if (!second) throw new Error('no pass');
  return { world, passIds: [world.pass.id, second.id] };
}

/** Runs one step; a refusal is fine (it must change nothing), only the figures are checked. */
async function run(step: Step, world: World, passIds: [string, string], caseIds: string[]): Promise<void> {
  const agent: UserRow = world.agent;
  const pick = (i: number) => caseIds[i % Math.max(caseIds.length, 1)];
  if (step.kind === 'open') {
    const input = { passId: passIds[step.lot]!, kind: KINDS[step.voc]!, incidentAt: INCIDENTS[step.incident]! };
    const opened = await api.run(OPEN, { input }, agent);
    const id = opened.data?.openCase.id;
    if (!id) return;
    caseIds.push(id);
    if (step.verify) await api.run(VERIFY, { id }, agent);
    return;
  }
  if (step.kind === 'repeat') {
    for (let i = 0; i < 2; i += 1) await run({ ...step, kind: 'open', voc: 0, verify: true }, world, passIds, caseIds);
    await run({ kind: 'coupon', target: caseIds.length - 1 }, world, passIds, caseIds);
    return;
  }
  if (step.kind === 'claim') {
    await run({ ...step, kind: 'open', voc: KINDS.indexOf('REFUND_CLAIM'), verify: true }, world, passIds, caseIds);
    await run({ kind: 'refund', target: caseIds.length - 1, amount: 40_000, approve: true }, world, passIds, caseIds);
    return;
  }
  const id = pick(step.target);
  if (!id) return;
  if (step.kind === 'verify') await api.run(VERIFY, { id }, agent);
  if (step.kind === 'coupon') await api.run(COUPON, { id }, agent);
  if (step.kind === 'resolve') await api.run(RESOLVE, { id }, agent);
  if (step.kind === 'reclassify') await api.run(RECLASSIFY, { id, kind: KINDS[step.voc]! }, agent);
  if (step.kind === 'unlink') await api.run(UNLINK, { id }, agent);
  if (step.kind === 'link') {
    const of = pick(step.of);
    if (of) await api.run(LINK, { id, of }, agent);
  }
  if (step.kind === 'refund') {
    const proposed = await api.run(PROPOSE_REFUND, { id, amount: step.amount }, agent);
    const refundId = proposed.data?.proposeRefund.id;
    if (refundId && step.approve !== null) await api.run(DECIDE_REFUND, { id: refundId, approve: step.approve }, world.manager);
  }
}

describe('monthly_lot_figures', () => {
  it('equals the live count of cases, coupons and refunds per KST month and lot after any series of steps', async () => {
    let sawOmission = false;
    let sawCoupon = false;
    let sawRefund = false;
    await fc.assert(
      fc.asyncProperty(startArb, fc.array(stepArb, { minLength: 1, maxLength: 12 }), async (start, steps) => {
        const { world, passIds } = await freshWorld();
        const lots = [world.lotA.id, world.lotB.id];
        const caseIds: string[] = [];
        for (const step of [...start, ...steps]) await run(step, world, passIds, caseIds);
        const live = await liveMonthlyLotFigures(handle.db, lots);
        expect(await storedMonthlyLotFigures(handle.db, lots)).toEqual(live);
        sawOmission ||= live.some((row) => row.omissions > 0);
        sawCoupon ||= live.some((row) => row.couponsIssued > 0);
        sawRefund ||= live.some((row) => row.refundsCount > 0);
      }),
      { numRuns: RUNS },
    );
    // The runs reached every figure, so the equality above was not only about zeros.
    expect({ sawOmission, sawCoupon, sawRefund }).toEqual({ sawOmission: true, sawCoupon: true, sawRefund: true });
  });

  it('equals the live count over the whole database, and the 12-month trend is its sum', async () => {
    // One snapshot for both sides, so other test files writing meanwhile cannot tell them apart.
    await handle.db.transaction(
      async (tx) => {
        const live = await liveMonthlyLotFigures(tx);
        expect(await storedMonthlyLotFigures(tx)).toEqual(live);
        const trend = await monthlyTrend(tx, '2026-05', 12);
        const summed = trend.map((point) => {
          const ofMonth = live.filter((row) => row.month === point.month);
          const sum = (key: 'omissions' | 'couponsIssued' | 'couponAmount' | 'refundsCount' | 'refundAmount') =>
            ofMonth.reduce((total, row) => total + row[key], 0);
          return {
            month: point.month,
            omissions: sum('omissions'),
            couponsIssued: sum('couponsIssued'),
            couponAmount: sum('couponAmount'),
            refundsCount: sum('refundsCount'),
            refundAmount: sum('refundAmount'),
          };
        });
        expect(trend).toEqual(summed);
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  });
});
