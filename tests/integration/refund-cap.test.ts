import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { sqlStateOf } from '@/db/client';
import { passes, refunds } from '@/db/schema';
import { refundCapRefusal } from '@/lib/services/compensation/refund-cap';
import { openVerifiedCase } from '../fixtures/case-api';
import { useIntegrationApi } from '../fixtures/integration';
import { makeRefusalProbe } from '../fixtures/refusal-probe';
import type { VariablesOf } from '../fixtures/test-api';
import { makeWorld, type World } from '../fixtures/world';
import { graphql } from '../generated';

// A pass is never refunded beyond what was paid (domain.md, "Corrections"): the proposed and
// approved refunds of one pass, over all its cases, add up to at most its price; a pass whose
// refund was approved takes no new one. The world's pass was paid 150,000원 for 30 days.

const { handle, api } = await useIntegrationApi();
let refusedWithoutWrites: ReturnType<typeof makeRefusalProbe>;

beforeAll(async () => {
  refusedWithoutWrites = makeRefusalProbe(handle.db, api);
});

const PROPOSE = graphql(`
  mutation RefundCapPropose($id: ID!, $basis: RefundBasis!, $usedDays: Int, $amount: Int) {
    proposeRefund(caseId: $id, basis: $basis, usedDays: $usedDays, amount: $amount) {
      id
      amount
      status
    }
  }
`);
/** A proposal's basis and its figure, as the desk enters them. */
type Proposal = Omit<VariablesOf<typeof PROPOSE>, 'id'>;
const AGENCY_7_DAYS: Proposal = { basis: 'CONSUMER_AGENCY', usedDays: 7 }; // 150,000 − 35,000 = 115,000원
const company = (amount: number): Proposal => ({ basis: 'COMPANY_POLICY', amount });
const DECIDE = graphql(`
  mutation RefundCapDecide($id: ID!, $approve: Boolean!, $reason: String) {
    decideRefund(id: $id, approve: $approve, reason: $reason) {
      id
      status
    }
  }
`);
const REFUNDABLE = graphql(`
  query RefundCapRefundable($id: ID!) {
    case(id: $id) {
      pass {
        refundableAmount
      }
    }
  }
`);

async function claimCase(w: World) {
  return openVerifiedCase(api, w.agent, w.pass.id, '2026-04-10T10:00:00+09:00', 'REFUND_CLAIM');
}

async function propose(w: World, caseId: string, args: Proposal) {
  return api.run(PROPOSE, { id: caseId, ...args }, w.agent);
}

async function proposedId(w: World, caseId: string, args: Proposal): Promise<string> {
  const result = await propose(w, caseId, args);
  if (result.errors || !result.data) throw new Error(`proposeRefund failed: ${JSON.stringify(result.errors)}`);
  return result.data.proposeRefund.id;
}

async function decide(w: World, id: string, approve: boolean) {
  return api.run(DECIDE, { id, approve, reason: approve ? null : '확인 결과 대상 아님' }, w.manager);
}

async function totals(passId: string) {
  const rows = await handle.db.select({ status: refunds.status, amount: refunds.amount }).from(refunds).where(eq(refunds.passId, passId));
  const sum = (status: string) => rows.filter((r) => r.status === status).reduce((total, r) => total + r.amount, 0);
  const [pass] = await handle.db.select({ held: passes.refundsHeld, status: passes.status }).from(passes).where(eq(passes.id, passId));
  return { approved: sum('APPROVED'), proposed: sum('PROPOSED'), held: pass?.held, passStatus: pass?.status };
}

describe('refund cap: approved and pending refunds of one pass never exceed its price', () => {
  it('a pass refunded twice: after a 115,000원 approval a new REFUND_CLAIM case opens, but its proposal is POLICY_DENIED and writes nothing', async () => {
    const w = await makeWorld(handle.db);
    const first = await claimCase(w);
    expect((await decide(w, await proposedId(w, first.id, AGENCY_7_DAYS), true)).errors).toBeUndefined();

    // The call is still recorded on a case of its own.
    const second = await claimCase(w);
    for (const args of [AGENCY_7_DAYS, company(35_000), company(1)]) {
      const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [first.id, second.id] }, () => propose(w, second.id, args));
      expect(refusal.code).toBe('POLICY_DENIED');
      expect(refusal.message).toContain('이미 환불이 승인된 정기권');
    }
    expect(await totals(w.pass.id)).toEqual({ approved: 115_000, proposed: 0, held: 115_000, passStatus: 'REFUNDED' });
  });

  it('a pending refund counts: with 115,000원 awaiting a decision another case may propose at most the 35,000원 left', async () => {
    const w = await makeWorld(handle.db);
    await proposedId(w, (await claimCase(w)).id, AGENCY_7_DAYS);
    const second = await claimCase(w);
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [second.id] }, () => propose(w, second.id, company(35_001)));
    expect(refusal).toEqual({ code: 'POLICY_DENIED', message: '이 정기권에서 더 환불할 수 있는 금액은 35,000원입니다.', field: undefined });
    await proposedId(w, second.id, company(35_000));
    const third = await claimCase(w);
    const none = await refusedWithoutWrites({ worlds: [w], caseIds: [third.id] }, () => propose(w, third.id, company(1)));
    expect(none.message).toBe('이 정기권에서 더 환불할 수 있는 금액은 0원입니다.');
    expect(await totals(w.pass.id)).toEqual({ approved: 0, proposed: 150_000, held: 150_000, passStatus: 'ACTIVE' });
  });

  it('a rejected refund frees its amount for another proposal', async () => {
    const w = await makeWorld(handle.db);
    const refundId = await proposedId(w, (await claimCase(w)).id, company(150_000));
    expect((await decide(w, refundId, false)).errors).toBeUndefined();
    expect((await totals(w.pass.id)).held).toBe(0);
    await proposedId(w, (await claimCase(w)).id, company(150_000));
    expect(await totals(w.pass.id)).toEqual({ approved: 0, proposed: 150_000, held: 150_000, passStatus: 'ACTIVE' });
  });

  it('two agents proposing at once on two cases of one pass: one gets its refund, the other POLICY_DENIED', async () => {
    const w = await makeWorld(handle.db);
    const [a, b] = [await claimCase(w), await claimCase(w)];
    const results = await Promise.all([propose(w, a.id, company(100_000)), propose(w, b.id, company(100_000))]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'POLICY_DENIED']);
    expect(await totals(w.pass.id)).toMatchObject({ proposed: 100_000, held: 100_000 });
  });

  it('a manager approving while another case proposes: the proposal sees the approval or the approval waits for it', async () => {
    const w = await makeWorld(handle.db);
    const refundId = await proposedId(w, (await claimCase(w)).id, company(100_000));
    const other = await claimCase(w);
    const [approval, proposal] = await Promise.all([decide(w, refundId, true), propose(w, other.id, company(50_000))]);
    expect(approval.errors).toBeUndefined();
    const after = await totals(w.pass.id);
    expect(after.approved).toBe(100_000);
    expect(after.approved + after.proposed).toBeLessThanOrEqual(150_000);
    // Either the proposal landed first (and stays pending within the price) or it met the REFUNDED pass.
    if (proposal.errors) expect(proposal.errors[0]?.extensions?.code).toBe('POLICY_DENIED');
    else expect(after.proposed).toBe(50_000);
  });

  it('the database refuses a refund beyond the price whoever writes it, and that refusal reads as POLICY_DENIED with the amount left', async () => {
    const w = await makeWorld(handle.db);
    const claim = await claimCase(w);
    await proposedId(w, claim.id, AGENCY_7_DAYS);
    const other = await claimCase(w);
    const write = handle.db.insert(refunds).values({
      caseId: other.id,
      passId: w.pass.id,
      basis: 'COMPANY_POLICY',
      paid: 150_000,
      availableDays: 30,
      amount: 35_001,
    });
    const error = await write.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(sqlStateOf(error)).toBe('23514');
    expect(refundCapRefusal(error)).toMatchObject({
      code: 'POLICY_DENIED',
      message: '이 정기권에서 더 환불할 수 있는 금액은 35,000원입니다.',
    });
    expect(await totals(w.pass.id)).toMatchObject({ proposed: 115_000, held: 115_000 });
  });

  it('refunds_held follows the refunds of the pass as they are proposed, approved and rejected', async () => {
    const w = await makeWorld(handle.db);
    const a = await proposedId(w, (await claimCase(w)).id, company(40_000));
    const b = await proposedId(w, (await claimCase(w)).id, company(60_000));
    expect((await totals(w.pass.id)).held).toBe(100_000);
    await decide(w, a, true);
    expect((await totals(w.pass.id)).held).toBe(100_000);
    await decide(w, b, false);
    expect(await totals(w.pass.id)).toEqual({ approved: 40_000, proposed: 0, held: 40_000, passStatus: 'REFUNDED' });
  });

  it('a pass held above its price before the cap existed: its pending refund cannot be approved, it can still be rejected', async () => {
    const w = await makeWorld(handle.db);
    const approved = await proposedId(w, (await claimCase(w)).id, company(100_000));
    const pending = await proposedId(w, (await claimCase(w)).id, company(50_000));
    await decide(w, approved, true);
    // Data from before the cap: the price is lowered under what is held (no trigger guards the price).
    await handle.db.update(passes).set({ amountPaid: 120_000 }).where(eq(passes.id, w.pass.id));
    const refusal = await decide(w, pending, true);
    expect(refusal.errors?.[0]).toMatchObject({
      message: '이 정기권에서 더 환불할 수 있는 금액은 20,000원입니다.',
      extensions: { code: 'POLICY_DENIED' },
    });
    expect((await decide(w, pending, false)).errors).toBeUndefined();
    expect(await totals(w.pass.id)).toMatchObject({ approved: 100_000, proposed: 0, held: 100_000 });
    const left = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(refunds)
      .where(and(eq(refunds.passId, w.pass.id), inArray(refunds.status, ['PROPOSED'])));
    expect(left[0]?.n).toBe(0);
  });

  it('Pass.refundableAmount: what the desk may still propose, over all the cases of the pass; 0 once refunded; null for lot staff', async () => {
    const w = await makeWorld(handle.db);
    const first = await claimCase(w);
    const refundId = await proposedId(w, first.id, AGENCY_7_DAYS);
    const second = await claimCase(w);
    const read = async (viewer: World['agent']) => {
      const result = await api.run(REFUNDABLE, { id: second.id }, viewer);
      expect(result.errors).toBeUndefined();
      return result.data!.case!.pass.refundableAmount;
    };
    expect(await read(w.agent)).toBe(35_000);
    expect(await read(w.manager)).toBe(35_000);
    expect(await read(w.operatorUserA)).toBeNull();
    await decide(w, refundId, true);
    expect(await read(w.agent)).toBe(0);
  });
});
