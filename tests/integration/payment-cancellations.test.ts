import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseEvents, managerNotices, onsitePayments, paymentCancellations, smsMessages } from '@/db/schema';
import { DEFAULT_CANCELLATION_TARGET_HOURS } from '@/lib/domain/response-targets';
import { paymentCancellationCompletedSms, paymentCancellationRejectedSms } from '@/lib/domain/sms-templates';
import { escalateOverdueRequests } from '@/lib/services/jobs/escalate-overdue';
import { openVerifiedCase } from '../fixtures/case-api';
import { attachReceiptRow, recordPaymentVia } from '../fixtures/case-operations';
import { useIntegrationApi } from '../fixtures/integration';
import { makeRefusalProbe } from '../fixtures/refusal-probe';
import { makeWorld, type World } from '../fixtures/world';
import { graphql } from '../generated';
import type { CancellationStatus } from '../generated/graphql';

// Issue 15, item 8 and acceptance 5 (cancellation half): a cancellation's life through the API.

const { handle, api } = await useIntegrationApi();
let refusedWithoutWrites: ReturnType<typeof makeRefusalProbe>;

beforeAll(async () => {
  refusedWithoutWrites = makeRefusalProbe(handle.db, api);
});

const HOUR = 3_600_000;
const FILE = graphql(`
  mutation CancellationsFile($id: ID!) {
    requestPaymentCancellation(onsitePaymentId: $id) {
      id
      cancellationRequested
      cancellation {
        id
        status
        dueAt
        owner {
          id
        }
      }
    }
  }
`);
const QUEUE = graphql(`
  query CancellationsQueue($statuses: [CancellationStatus!]) {
    paymentCancellations(statuses: $statuses) {
      id
      status
      requestedAt
      dueAt
      overdue
      escalatedAt
      startedAt
      resolvedAt
      rejectReason
      owner {
        id
      }
      resolvedBy {
        id
      }
      case {
        id
        code
        lot {
          name
        }
      }
      payment {
        id
        amount
        receiptUrl
      }
    }
  }
`);
const CANCELLATION_OF_CASE = graphql(`
  query CancellationsOfCase($id: ID!) {
    case(id: $id) {
      onsitePayments {
        id
        cancellation {
          status
          dueAt
          resolvedAt
          rejectReason
          owner {
            id
          }
        }
      }
      timeline {
        type
        detail
      }
    }
  }
`);
const TAKE = graphql(`
  mutation CancellationsTake($id: ID!) {
    takePaymentCancellation(id: $id) {
      id
      status
      startedAt
      owner {
        id
      }
    }
  }
`);
const COMPLETE = graphql(`
  mutation CancellationsComplete($id: ID!) {
    completePaymentCancellation(id: $id) {
      id
      status
      resolvedAt
      owner {
        id
      }
      resolvedBy {
        id
      }
    }
  }
`);
const REJECT = graphql(`
  mutation CancellationsReject($id: ID!, $reason: String!) {
    rejectPaymentCancellation(id: $id, reason: $reason) {
      id
      status
      rejectReason
      resolvedAt
    }
  }
`);
const FIGURES = graphql(`
  query CancellationsFigures {
    paymentCancellationFigures {
      open
      overdue
      completedThisMonth
      rejectedThisMonth
      month
    }
  }
`);

/** A verified case with a 4,500원 payment, its receipt and its cancellation filed by the agent. */
async function filed(amount = 4_500) {
  const world = await makeWorld(handle.db);
  const opened = await openVerifiedCase(api, world.agent, world.pass.id, '2026-04-03T08:10:00+09:00');
  const paymentId = await recordPaymentVia(api, world.agent, opened.id, amount);
  await attachReceiptRow(handle.db, paymentId, world.agent);
  const result = await api.run(FILE, { id: paymentId }, world.agent);
  expect(result.errors).toBeUndefined();
  const cancellation = result.data!.requestPaymentCancellation.cancellation!;
  return { world, caseId: opened.id, code: opened.code, paymentId, id: cancellation.id, amount };
}

async function row(id: string) {
  const [found] = await handle.db.select().from(paymentCancellations).where(eq(paymentCancellations.id, id));
  if (!found) throw new Error(`no cancellation ${id}`);
  return found;
}

const textsOf = async (caseId: string) =>
  (await handle.db.select({ body: smsMessages.body }).from(smsMessages).where(eq(smsMessages.caseId, caseId))).map((m) => m.body);

async function queue(w: World, statuses?: CancellationStatus[]) {
  const result = await api.run(QUEUE, { statuses }, w.manager);
  expect(result.errors).toBeUndefined();
  return result.data!.paymentCancellations;
}

describe("a payment cancellation is a work item in the managers' queue", () => {
  it('filing it creates the item with the flag: 접수, no owner, due 72 hours after it was filed', async () => {
    const t = await filed();
    const [payment] = await handle.db.select().from(onsitePayments).where(eq(onsitePayments.id, t.paymentId));
    const item = await row(t.id);
    expect(item).toMatchObject({
      status: 'RECEIVED',
      ownerId: null,
      onsitePaymentId: t.paymentId,
      caseId: t.caseId,
      requestedById: t.world.agent.id,
      escalatedAt: null,
    });
    expect(item.requestedAt.getTime()).toBe(payment!.cancellationRequestedAt!.getTime());
    expect(item.dueAt.getTime() - item.requestedAt.getTime()).toBe(DEFAULT_CANCELLATION_TARGET_HOURS * HOUR);
  });

  it('the queue lists it with case code, lot, amount, receipt and no owner; the agent sees its status beside the payment', async () => {
    const t = await filed(7_000);
    const listed = (await queue(t.world)).find((item) => item.id === t.id);
    expect(listed).toMatchObject({
      status: 'RECEIVED',
      overdue: false,
      owner: null,
      case: { id: t.caseId, code: t.code, lot: { name: t.world.lotA.name } },
      payment: { id: t.paymentId, amount: 7_000, receiptUrl: expect.stringMatching(/^\/api\/receipts\//) },
    });
    const agentView = await api.run(CANCELLATION_OF_CASE, { id: t.caseId }, t.world.agent);
    expect(agentView.data?.case?.onsitePayments).toMatchObject([
      { id: t.paymentId, cancellation: { status: 'RECEIVED', resolvedAt: null, rejectReason: null } },
    ]);
    // Settled ones are left out unless asked for.
    expect((await queue(t.world, ['COMPLETED'])).some((item) => item.id === t.id)).toBe(false);
  });

  it('escalation: exactly once past due, by a passed-in clock, with one notice to managers', async () => {
    const t = await filed();
    // Filed 30 days ago: a clock just past its due time is still before every other test's items.
    const requestedAt = new Date(Date.now() - 30 * 24 * HOUR);
    const dueAt = new Date(requestedAt.getTime() + DEFAULT_CANCELLATION_TARGET_HOURS * HOUR);
    await handle.db.update(paymentCancellations).set({ requestedAt, dueAt }).where(eq(paymentCancellations.id, t.id));
    const notices = () =>
      handle.db
        .select()
        .from(managerNotices)
        .where(and(eq(managerNotices.caseId, t.caseId), eq(managerNotices.kind, 'CANCELLATION_OVERDUE')));
    const escalations = async () =>
      (
        await handle.db
          .select()
          .from(caseEvents)
          .where(and(eq(caseEvents.caseId, t.caseId), eq(caseEvents.type, 'REQUEST_ESCALATED')))
      ).length;

    await escalateOverdueRequests(handle.db, new Date(dueAt.getTime() - 60_000));
    expect(await notices()).toHaveLength(0);
    expect((await row(t.id)).escalatedAt).toBeNull();

    const at = new Date(dueAt.getTime() + 60_000);
    await escalateOverdueRequests(handle.db, at);
    await escalateOverdueRequests(handle.db, new Date(dueAt.getTime() + 2 * HOUR));
    const [notice, ...more] = await notices();
    expect(more).toHaveLength(0);
    expect(notice!.message).toContain(t.world.lotA.name);
    expect(notice!.message).toContain('4,500원');
    expect(notice!.message).toContain(t.code);
    expect(await escalations()).toBe(1);
    expect((await row(t.id)).escalatedAt?.getTime()).toBe(at.getTime());
    // Shown as overdue in the queue, now that it is past due.
    const listed = (await queue(t.world)).find((item) => item.id === t.id)!;
    expect(listed.overdue).toBe(true);
    expect(new Date(listed.escalatedAt!).getTime()).toBe(at.getTime());
  });

  it("take → complete: the manager owns it, completes it, and the customer's text is queued in the same transaction", async () => {
    const t = await filed();
    const before = await textsOf(t.caseId);
    const taken = await api.run(TAKE, { id: t.id }, t.world.manager);
    expect(taken.errors).toBeUndefined();
    expect(taken.data?.takePaymentCancellation).toMatchObject({
      status: 'IN_PROGRESS',
      owner: { id: t.world.manager.id },
      startedAt: expect.any(String),
    });

    const done = await api.run(COMPLETE, { id: t.id }, t.world.manager);
    expect(done.errors).toBeUndefined();
    expect(done.data?.completePaymentCancellation).toMatchObject({
      status: 'COMPLETED',
      owner: { id: t.world.manager.id },
      resolvedBy: { id: t.world.manager.id },
    });
    const texts = await textsOf(t.caseId);
    expect(texts).toHaveLength(before.length + 1);
    expect(texts).toContain(paymentCancellationCompletedSms({ amount: 4_500, caseCode: t.code }));
    expect(texts.at(-1)).toContain('4,500원');

    const agentView = (await api.run(CANCELLATION_OF_CASE, { id: t.caseId }, t.world.agent)).data!.case!;
    expect(agentView.onsitePayments[0]!.cancellation).toMatchObject({ status: 'COMPLETED', resolvedAt: expect.any(String) });
    expect(agentView.timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(['PAYMENT_CANCELLATION_STARTED', 'PAYMENT_CANCELLATION_COMPLETED']),
    );
    expect((await queue(t.world)).some((item) => item.id === t.id)).toBe(false);
    expect((await queue(t.world, ['COMPLETED'])).some((item) => item.id === t.id)).toBe(true);
  });

  it('reject: 반려 with the reason on the item; the customer is told it could not be done, without the reason', async () => {
    const t = await filed();
    const reason = '카드사 확인 결과 이미 취소된 결제';
    const result = await api.run(REJECT, { id: t.id, reason }, t.world.manager);
    expect(result.errors).toBeUndefined();
    expect(result.data?.rejectPaymentCancellation).toMatchObject({ status: 'REJECTED', rejectReason: reason });
    const item = await row(t.id);
    // Settled straight from the shared queue: the settling manager owns it.
    expect(item).toMatchObject({ ownerId: t.world.manager.id, resolvedById: t.world.manager.id });
    expect(item.startedAt).not.toBeNull();
    const texts = await textsOf(t.caseId);
    expect(texts).toContain(paymentCancellationRejectedSms({ amount: 4_500, caseCode: t.code }));
    expect(texts.join('\n')).not.toContain(reason);

    const agentView = (await api.run(CANCELLATION_OF_CASE, { id: t.caseId }, t.world.agent)).data!.case!;
    expect(agentView.onsitePayments[0]!.cancellation).toMatchObject({ status: 'REJECTED', rejectReason: reason });
    // The lot's operator reads the case's structured facts, never the manager's words or who they are.
    const operatorView = await api.run(CANCELLATION_OF_CASE, { id: t.caseId }, t.world.operatorUserA);
    expect(JSON.stringify(operatorView)).not.toContain(reason);
    expect(operatorView.data?.case?.onsitePayments[0]?.cancellation).toMatchObject({
      status: 'REJECTED',
      rejectReason: null,
      owner: null,
    });
  });

  it('figures: open, overdue and settled this month move with the queue', async () => {
    const figures = async (w: World) => (await api.run(FIGURES, {}, w.manager)).data!.paymentCancellationFigures;
    const t = await filed();
    const before = await figures(t.world);
    await api.run(COMPLETE, { id: t.id }, t.world.manager);
    const after = await figures(t.world);
    // Other files file and settle at the same time: the completed count moves by at least ours.
    expect(after.completedThisMonth).toBeGreaterThanOrEqual(before.completedThisMonth + 1);
    expect(after.month).toMatch(/^\d{4}-\d{2}$/);
    expect(after.overdue).toBeLessThanOrEqual(after.open);
  });
});

describe('refusals write nothing', () => {
  it('completing a completed one is CONFLICT; so is taking one already taken', async () => {
    const t = await filed();
    await api.run(TAKE, { id: t.id }, t.world.manager);
    const taken = await row(t.id);
    const again = await refusedWithoutWrites({ worlds: [t.world], caseIds: [t.caseId] }, () =>
      api.run(TAKE, { id: t.id }, t.world.manager),
    );
    expect(again.code).toBe('CONFLICT');
    expect(await row(t.id)).toEqual(taken);

    await api.run(COMPLETE, { id: t.id }, t.world.manager);
    const completed = await row(t.id);
    for (const [document, variables] of [
      [COMPLETE, { id: t.id }],
      [REJECT, { id: t.id, reason: '늦게 누른 반려' }],
      [TAKE, { id: t.id }],
    ] as const) {
      const refusal = await refusedWithoutWrites({ worlds: [t.world], caseIds: [t.caseId] }, () =>
        api.run(document, variables, t.world.manager),
      );
      expect(refusal.code).toBe('CONFLICT');
      expect(refusal.message).toContain('완료');
    }
    expect(await row(t.id)).toEqual(completed);
  });

  it.each([
    ['an agent', (w: World) => w.agent],
    ["the lot's operator", (w: World) => w.operatorUserA],
  ])("%s calling the managers' moves is FORBIDDEN", async (_who, viewerOf) => {
    const t = await filed();
    const untouched = await row(t.id);
    for (const [document, variables] of [
      [TAKE, { id: t.id }],
      [COMPLETE, { id: t.id }],
      [REJECT, { id: t.id, reason: '권한 없는 반려' }],
    ] as const) {
      const refusal = await refusedWithoutWrites({ worlds: [t.world], caseIds: [t.caseId] }, () =>
        api.run(document, variables, viewerOf(t.world)),
      );
      expect(refusal.code).toBe('FORBIDDEN');
    }
    expect(await row(t.id)).toEqual(untouched);
  });

  it.each([
    ['an empty reason', '   ', 'reason'],
    ['a reason over 500 characters', '가'.repeat(501), 'reason'],
  ])('rejecting with %s is BAD_USER_INPUT naming the field', async (_name, reason, field) => {
    const t = await filed();
    const refusal = await refusedWithoutWrites({ worlds: [t.world], caseIds: [t.caseId] }, () =>
      api.run(REJECT, { id: t.id, reason }, t.world.manager),
    );
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await row(t.id)).status).toBe('RECEIVED');
  });

  it('an unknown id is NOT_FOUND', async () => {
    const t = await filed();
    const refusal = await refusedWithoutWrites({ worlds: [t.world] }, () =>
      api.run(COMPLETE, { id: '00000000-0000-4000-8000-000000000000' }, t.world.manager),
    );
    expect(refusal).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});
