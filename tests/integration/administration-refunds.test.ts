import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, passes, refunds } from '@/db/schema';
import { openVerifiedCase } from '../fixtures/case-api';
import { useIntegrationWorld } from '../fixtures/integration';
import { makeRefusalProbe } from '../fixtures/refusal-probe';
import { dataOf } from '../fixtures/test-api';
import { makeWorld, type World } from '../fixtures/world';
import { graphql } from '../generated';

// A manager decides proposed refunds: the approval queue, approve and reject, and every refusal.

const { handle, api, world } = await useIntegrationWorld();
let refusedWithoutWrites: ReturnType<typeof makeRefusalProbe>;

beforeAll(async () => {
  refusedWithoutWrites = makeRefusalProbe(handle.db, api);
});

const DECIDE = graphql(`
  mutation RefundsDecide($id: ID!, $approve: Boolean!, $reason: String) {
    decideRefund(id: $id, approve: $approve, reason: $reason) {
      id
      status
      amount
      paid
      availableDays
      decidedAt
      decisionReason
      decidedBy {
        id
      }
      proposedBy {
        id
      }
    }
  }
`);
const CASE_VIEW = graphql(`
  query RefundsCaseView($id: ID!) {
    case(id: $id) {
      version
      timeline {
        type
        actor {
          id
        }
        detail
      }
    }
  }
`);
const QUEUE = graphql(`
  query RefundsQueue {
    refundApprovals {
      id
      status
      basis
      amount
      paid
      availableDays
      usedDays
      proposedAt
      proposedBy {
        id
      }
      decidedAt
      decidedBy {
        id
      }
      decisionReason
      case {
        id
      }
      pass {
        id
      }
    }
  }
`);
// The two bases ask for different inputs: days used, or an amount.
const PROPOSE_CONSUMER_AGENCY = graphql(`
  mutation RefundsProposeConsumerAgency($id: ID!) {
    proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {
      id
    }
  }
`);
const PROPOSE_COMPANY_POLICY = graphql(`
  mutation RefundsProposeCompanyPolicy($id: ID!) {
    proposeRefund(caseId: $id, basis: COMPANY_POLICY, amount: 50000) {
      id
    }
  }
`);

type Basis = 'CONSUMER_AGENCY' | 'COMPANY_POLICY';

/** A refund-claim case with a refund the agent proposed; each call uses a fresh world. */
async function proposed(basis: Basis = 'CONSUMER_AGENCY', w?: World) {
  const at = w ?? (await makeWorld(handle.db));
  const opened = await openVerifiedCase(api, at.agent, at.pass.id, '2026-04-10T10:00:00+09:00', 'REFUND_CLAIM');
  const propose = basis === 'CONSUMER_AGENCY' ? PROPOSE_CONSUMER_AGENCY : PROPOSE_COMPANY_POLICY;
  const proposal = await dataOf(api, propose, { id: opened.id }, at.agent);
  return { world: at, caseId: opened.id, refundId: proposal.proposeRefund.id };
}

async function caseView(w: World, id: string) {
  const result = await api.run(CASE_VIEW, { id }, w.agent);
  return result.data!.case!;
}

async function refundRow(id: string) {
  const [row] = await handle.db.select().from(refunds).where(eq(refunds.id, id));
  return row;
}

async function passStatus(id: string) {
  const [row] = await handle.db.select({ status: passes.status }).from(passes).where(eq(passes.id, id));
  return row?.status;
}

describe('decideRefund: a manager approves or rejects a proposed refund', () => {
  it.each<[Basis, number]>([
    ['CONSUMER_AGENCY', 115_000],
    ['COMPANY_POLICY', 50_000],
  ])('approving a %s refund records the decision, marks the pass REFUNDED and keeps the agent page current', async (basis, amount) => {
    const target = await proposed(basis);
    const w = target.world;
    const before = await caseView(w, target.caseId);
    const result = await api.run(DECIDE, { id: target.refundId, approve: true }, w.manager);
    expect(result.errors).toBeUndefined();
    expect(result.data?.decideRefund).toMatchObject({
      id: target.refundId,
      status: 'APPROVED',
      amount,
      paid: 150_000,
      availableDays: 30,
      decisionReason: null,
      decidedBy: { id: w.manager.id },
      proposedBy: { id: w.agent.id },
    });
    expect(result.data?.decideRefund.decidedAt).toMatch(/\+09:00$/);
    expect(await passStatus(w.pass.id)).toBe('REFUNDED');
    const after = await caseView(w, target.caseId);
    expect(after.version).toBe(before.version);
    expect(after.timeline.at(-1)).toMatchObject({ type: 'REFUND_APPROVED', actor: { id: w.manager.id } });
    const logged = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, target.refundId), eq(auditLog.actorId, w.manager.id)));
    expect(logged.map((entry) => entry.action)).toEqual(['APPROVE_REFUND']);
  });

  it('rejecting with a reason records it, leaves the pass ACTIVE and writes REFUND_REJECTED', async () => {
    const target = await proposed();
    const w = target.world;
    const result = await api.run(DECIDE, { id: target.refundId, approve: false, reason: '이용 내역 확인 결과 환불 대상 아님' }, w.manager);
    expect(result.errors).toBeUndefined();
    expect(result.data?.decideRefund).toMatchObject({
      status: 'REJECTED',
      decisionReason: '이용 내역 확인 결과 환불 대상 아님',
      decidedBy: { id: w.manager.id },
    });
    expect(await passStatus(w.pass.id)).toBe('ACTIVE');
    const after = await caseView(w, target.caseId);
    expect(after.timeline.at(-1)?.type).toBe('REFUND_REJECTED');
    expect(after.timeline.at(-1)?.detail).toContain('이용 내역 확인 결과 환불 대상 아님');
  });

  it('refundApprovals lists only PROPOSED refunds, oldest first, with what the queue needs', async () => {
    const w = await makeWorld(handle.db);
    const first = await proposed('CONSUMER_AGENCY', w);
    // Another pass: 115,000 + 50,000 on one 150,000 pass would exceed its price (refund-cap.test.ts).
    const second = await proposed('COMPANY_POLICY');
    const decided = await proposed();
    await api.run(DECIDE, { id: decided.refundId, approve: true }, decided.world.manager);
    const result = await api.run(QUEUE, {}, w.manager);
    expect(result.errors).toBeUndefined();
    const queue = result.data!.refundApprovals;
    const ids = queue.map((r) => r.id);
    expect(ids).toContain(first.refundId);
    expect(ids).not.toContain(decided.refundId);
    expect(ids.indexOf(first.refundId)).toBeLessThan(ids.indexOf(second.refundId));
    expect(queue.every((r) => r.status === 'PROPOSED')).toBe(true);
    const times = queue.map((r) => Date.parse(r.proposedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(queue.find((r) => r.id === first.refundId)).toMatchObject({
      basis: 'CONSUMER_AGENCY',
      amount: 115_000,
      paid: 150_000,
      availableDays: 30,
      usedDays: 7,
      proposedBy: { id: w.agent.id },
      decidedAt: null,
      decidedBy: null,
      decisionReason: null,
      case: { id: first.caseId },
      pass: { id: w.pass.id },
    });
  });

  it.each([
    ['agent', 'FORBIDDEN', (w: World) => w.agent],
    ['operator of the lot', 'FORBIDDEN', (w: World) => w.operatorUserA],
    ['anonymous caller', 'UNAUTHENTICATED', () => null],
  ])('refundApprovals as %s is %s', async (_who, code, viewer) => {
    const result = await api.run(QUEUE, {}, viewer(world));
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });
});

describe('decideRefund refusals write nothing', () => {
  it.each([
    ['agent', 'FORBIDDEN', (w: World) => w.agent],
    ['operator of the lot', 'FORBIDDEN', (w: World) => w.operatorUserA],
    ['anonymous caller', 'UNAUTHENTICATED', () => null],
  ])('decideRefund as %s is %s', async (_who, code, viewer) => {
    const target = await proposed();
    const w = target.world;
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [target.caseId] }, () =>
      api.run(DECIDE, { id: target.refundId, approve: true }, viewer(w)),
    );
    expect(refusal.code).toBe(code);
    expect(await refundRow(target.refundId)).toMatchObject({ status: 'PROPOSED', decidedAt: null, decidedById: null });
    expect(await passStatus(w.pass.id)).toBe('ACTIVE');
  });

  it.each([
    ['no reason', undefined, 'reason'],
    ['a blank reason', '   ', 'reason'],
    ['a reason over 500 characters', '가'.repeat(501), 'reason'],
  ])('rejecting with %s is BAD_USER_INPUT naming reason', async (_what, reason, field) => {
    const target = await proposed();
    const refusal = await refusedWithoutWrites({ worlds: [target.world], caseIds: [target.caseId] }, () =>
      api.run(DECIDE, { id: target.refundId, approve: false, reason }, target.world.manager),
    );
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(refusal.message).toContain(field);
    expect(await refundRow(target.refundId)).toMatchObject({ status: 'PROPOSED' });
  });

  it('a malformed id is BAD_USER_INPUT naming id', async () => {
    const refusal = await refusedWithoutWrites({ worlds: [world] }, () =>
      api.run(DECIDE, { id: 'not-a-uuid', approve: true }, world.manager),
    );
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('an unknown refund is NOT_FOUND', async () => {
    const refusal = await refusedWithoutWrites({ worlds: [world] }, () =>
      api.run(DECIDE, { id: '00000000-0000-4000-8000-000000000000', approve: true }, world.manager),
    );
    expect(refusal.code).toBe('NOT_FOUND');
  });

  it.each([
    ['approved', true],
    ['rejected', false],
  ])('deciding a refund already %s is CONFLICT', async (_state, approve) => {
    const target = await proposed();
    const w = target.world;
    const first = await api.run(DECIDE, { id: target.refundId, approve, reason: approve ? null : '중복 요청' }, w.manager);
    expect(first.errors).toBeUndefined();
    const decidedRow = await refundRow(target.refundId);
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [target.caseId] }, () =>
      api.run(DECIDE, { id: target.refundId, approve: !approve, reason: '번복' }, w.manager),
    );
    expect(refusal.code).toBe('CONFLICT');
    expect(await refundRow(target.refundId)).toEqual(decidedRow);
    expect(await passStatus(w.pass.id)).toBe(approve ? 'REFUNDED' : 'ACTIVE');
  });

  it('five managers deciding at once: exactly one wins, the others get CONFLICT', async () => {
    const target = await proposed();
    const w = target.world;
    const managers = [w.manager, ...(await Promise.all([1, 2, 3, 4].map(() => makeWorld(handle.db)))).map((other) => other.manager)];
    const results = await Promise.all(
      managers.map((manager, i) =>
        api.run(DECIDE, { id: target.refundId, approve: i % 2 === 0, reason: i % 2 === 0 ? null : '동시 반려' }, manager),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(4);
    const view = await caseView(w, target.caseId);
    expect(view.timeline.filter((e) => e.type === 'REFUND_APPROVED' || e.type === 'REFUND_REJECTED')).toHaveLength(1);
    const logged = await handle.db.select().from(auditLog).where(eq(auditLog.subjectId, target.refundId));
    expect(logged.filter((e) => e.action === 'APPROVE_REFUND' || e.action === 'REJECT_REFUND')).toHaveLength(1);
    const row = await refundRow(target.refundId);
    const winner = winners[0]!.data!.decideRefund;
    expect(row).toMatchObject({ status: winner.status, decidedById: winner.decidedBy!.id });
  });
});

describe("the agent's reason for a refund (issue 15, item 12)", () => {
  const PROPOSE = graphql(`
    mutation RefundsProposeWithReason($id: ID!, $reason: String) {
      proposeRefund(caseId: $id, basis: COMPANY_POLICY, amount: 50000, reason: $reason) {
        id
        proposalReason
      }
    }
  `);
  const REASONS = graphql(`
    query RefundsReasons($id: ID!) {
      case(id: $id) {
        refunds {
          id
          proposalReason
          decisionReason
        }
        timeline {
          type
          detail
        }
      }
    }
  `);
  const CONTEXT = graphql(`
    query RefundsQueueContext {
      refundApprovals {
        id
        proposalReason
        usedDays
        availableDays
        case {
          id
          code
          lot {
            name
          }
          customer {
            name
            phoneMasked
          }
        }
        proposedBy {
          id
        }
      }
    }
  `);

  it('is stored with the proposal and shown in the approval queue beside case, customer (masked phone) and lot', async () => {
    const w = await makeWorld(handle.db);
    const opened = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-10T10:00:00+09:00', 'REFUND_CLAIM');
    const reason = '같은 달 세 번째 등록 누락, 고객이 해지를 원함';
    const result = await api.run(PROPOSE, { id: opened.id, reason: `  ${reason} ` }, w.agent);
    expect(result.errors).toBeUndefined();
    const id = result.data!.proposeRefund.id;
    expect((await refundRow(id))?.proposalReason).toBe(reason);
    const queue = await dataOf(api, CONTEXT, {}, w.manager);
    expect(queue.refundApprovals.find((row) => row.id === id)).toMatchObject({
      proposalReason: reason,
      case: {
        id: opened.id,
        code: opened.code,
        lot: { name: w.lotA.name },
        customer: { name: '김민수', phoneMasked: `010-****-${w.last4}` },
      },
      proposedBy: { id: w.agent.id },
    });
    // The timeline (which lot staff read) does not carry it.
    const view = await dataOf(api, REASONS, { id: opened.id }, w.agent);
    expect(JSON.stringify(view.case!.timeline)).not.toContain(reason);
  });

  it("lot staff never read the proposal's or the decision's reason, on the refund or in the timeline", async () => {
    const w = await makeWorld(handle.db);
    const opened = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-10T10:00:00+09:00', 'REFUND_CLAIM');
    const proposedRefund = await api.run(PROPOSE, { id: opened.id, reason: '상담사가 쓴 제안 사유' }, w.agent);
    const id = proposedRefund.data!.proposeRefund.id;
    await api.run(DECIDE, { id, approve: false, reason: '관리자가 쓴 반려 사유' }, w.manager);
    const asOperator = await api.run(REASONS, { id: opened.id }, w.operatorUserA);
    expect(asOperator.errors).toBeUndefined();
    expect(asOperator.data?.case?.refunds).toEqual([{ id, proposalReason: null, decisionReason: null }]);
    expect(JSON.stringify(asOperator)).not.toMatch(/제안 사유|반려 사유/);
    const asAgent = await api.run(REASONS, { id: opened.id }, w.agent);
    expect(asAgent.data?.case?.refunds).toEqual([{ id, proposalReason: '상담사가 쓴 제안 사유', decisionReason: '관리자가 쓴 반려 사유' }]);
  });

  it.each([
    ['an empty reason', '  ', 'reason'],
    ['a reason over 2,000 characters', '가'.repeat(2001), 'reason'],
  ])('%s is BAD_USER_INPUT naming the field, and nothing is written', async (_name, reason, field) => {
    const w = await makeWorld(handle.db);
    const opened = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-10T10:00:00+09:00', 'REFUND_CLAIM');
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [opened.id] }, () =>
      api.run(PROPOSE, { id: opened.id, reason }, w.agent),
    );
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
