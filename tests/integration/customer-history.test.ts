import { eq, sql } from 'drizzle-orm';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { cases, passes } from '@/db/schema';
import { kstDateOf, kstMonthOf } from '@/lib/domain/kst-month';
import { openCaseVia, openVerifiedCase } from '../fixtures/case-api';
import { useIntegrationApi } from '../fixtures/integration';
import { dataOf, type DataOf, type VariablesOf } from '../fixtures/test-api';
import { makeWorld, type World } from '../fixtures/world';
import { graphql } from '../generated';

// Issue 15, items 1 and 2: the customer panel (customerHistory) and "같은 사고의 재문의" at
// opening (openCase with duplicateOfId, recordRepeatContact). Unlinking is in
// duplicate-unlink.test.ts.

const { handle, api } = await useIntegrationApi();

const HISTORY = graphql(`
  query CustomerHistoryPanel($id: ID!, $lot: ID!, $exclude: ID) {
    customerHistory(customerId: $id) {
      customerId
      month
      countedOmissionsThisMonth
      totalCases
      cases {
        id
        code
        incidentAt
        incidentMonth
        kind
        status
        lotId
        lotName
        identityVerified
        omissionCount
        duplicateOfId
        duplicateOfCode
      }
      coupons {
        caseId
        caseCode
        month
        amount
        issuedAt
      }
      refunds {
        caseId
        caseCode
        status
        amount
      }
      openRequests {
        kind
        caseId
        caseCode
        status
        requestedAt
      }
      sameIncident(lotId: $lot, excludeCaseId: $exclude) {
        id
        code
      }
    }
  }
`);
const ELIGIBILITY = graphql(`
  query CustomerHistoryEligibility($id: ID!) {
    case(id: $id) {
      couponEligibility {
        eligible
        omissionsThisMonth
      }
      timeline {
        type
        detail
      }
      version
    }
  }
`);
const REPORT = graphql(`
  query CustomerHistoryReport($m: Month!) {
    repeatOmissionReport(month: $m) {
      rows {
        lot {
          id
        }
        omissions
        customersWithRepeats
      }
    }
  }
`);

async function historyOf(w: World, viewer = w.agent, exclude: string | null = null, lotId = w.lotA.id) {
  const result = await api.run(HISTORY, { id: w.customer.id, lot: lotId, exclude }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.customerHistory!;
}

/** A world whose pass runs through today (KST), so cases can be about this month. */
async function worldOfThisMonth(): Promise<World> {
  const w = await makeWorld(handle.db);
  const day = 86_400_000;
  await handle.db
    .update(passes)
    .set({ startsOn: kstDateOf(new Date(Date.now() - 60 * day)), endsOn: kstDateOf(new Date(Date.now() + 30 * day)) })
    .where(eq(passes.id, w.pass.id));
  return w;
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

async function ok<TDocument extends TypedDocumentNode<unknown, never>>(
  w: World,
  query: TDocument,
  variables: VariablesOf<TDocument>,
  viewer = w.agent,
): Promise<DataOf<TDocument>> {
  return dataOf(api, query, variables, viewer);
}

describe('customerHistory: the customer panel', () => {
  it('lists every case with whether it counts and why, this KST month’s counted omissions, coupons, refunds and open requests', async () => {
    const w = await worldOfThisMonth();
    const first = await openVerifiedCase(api, w.agent, w.pass.id, minutesAgo(120));
    const repeat = await openVerifiedCase(api, w.agent, w.pass.id, minutesAgo(110));
    await ok(
      w,
      graphql(`
        mutation CustomerHistoryLinkDuplicate($id: ID!, $of: ID!) {
          linkDuplicate(caseId: $id, ofCaseId: $of) {
            id
          }
        }
      `),
      { id: repeat.id, of: first.id },
    );
    const fault = await openVerifiedCase(api, w.agent, w.pass.id, minutesAgo(100), 'EQUIPMENT_FAULT');
    const unverified = await openCaseVia(api, w.agent, w.pass.id, minutesAgo(90));
    const refundCase = await openVerifiedCase(api, w.agent, w.pass.id, minutesAgo(80), 'REFUND_CLAIM');
    await ok(
      w,
      graphql(`
        mutation CustomerHistoryProposeRefund($id: ID!) {
          proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {
            id
          }
        }
      `),
      { id: refundCase.id },
    );
    await ok(
      w,
      graphql(`
        mutation CustomerHistoryRequestExit($id: ID!) {
          requestExit(caseId: $id) {
            id
          }
        }
      `),
      { id: first.id },
    );
    const second = await openVerifiedCase(api, w.agent, w.pass.id, minutesAgo(70));
    await ok(
      w,
      graphql(`
        mutation CustomerHistoryIssueCompensationCoupon($id: ID!) {
          issueCompensationCoupon(caseId: $id) {
            id
          }
        }
      `),
      { id: second.id },
    );

    const history = await historyOf(w);
    const reasonOf = (id: string) => history.cases.find((c) => c.id === id);
    expect(history.month).toBe(kstMonthOf(new Date()));
    expect(history.totalCases).toBe(6);
    expect(history.countedOmissionsThisMonth).toBe(2);
    expect(history.cases[0]!.id).toBe(second.id);
    expect(reasonOf(first.id)).toMatchObject({ omissionCount: 'COUNTED', lotName: w.lotA.name, status: 'WAITING_ON_OPERATOR' });
    expect(reasonOf(repeat.id)).toMatchObject({ omissionCount: 'DUPLICATE', duplicateOfCode: first.code });
    expect(reasonOf(fault.id)).toMatchObject({ omissionCount: 'OTHER_KIND', kind: 'EQUIPMENT_FAULT' });
    expect(reasonOf(unverified.id)).toMatchObject({ omissionCount: 'NOT_VERIFIED' });
    expect(history.coupons).toEqual([
      { caseId: second.id, caseCode: second.code, month: history.month, amount: 3000, issuedAt: expect.any(String) },
    ]);
    expect(history.refunds).toMatchObject([{ caseCode: refundCase.code, status: 'PROPOSED', amount: 115_000 }]);
    expect(history.openRequests).toMatchObject([{ kind: 'EXIT', caseCode: first.code, status: 'REQUESTED' }]);
    // The panel and the case's eligibility agree: they read the same definition.
    const eligibility = await ok(w, ELIGIBILITY, { id: second.id });
    expect(eligibility.case!.couponEligibility.omissionsThisMonth).toBe(history.countedOmissionsThisMonth);
  });

  it('cases of other months are listed, and do not count in this month', async () => {
    const w = await makeWorld(handle.db);
    const april = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-03T09:00:00+09:00');
    const history = await historyOf(w);
    expect(history.cases).toMatchObject([{ id: april.id, incidentMonth: '2026-04', omissionCount: 'COUNTED' }]);
    expect(history.countedOmissionsThisMonth).toBe(kstMonthOf(new Date()) === '2026-04' ? 1 : 0);
  });

  it('a manager reads it too; operators get FORBIDDEN and nothing of it; an unknown customer is null', async () => {
    const w = await makeWorld(handle.db);
    await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-03T09:00:00+09:00');
    expect((await historyOf(w, w.manager)).cases).toHaveLength(1);
    for (const operator of [w.operatorUserA, w.operatorUserB]) {
      const refused = await api.run(HISTORY, { id: w.customer.id, lot: w.lotA.id }, operator);
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(refused.data?.customerHistory ?? null).toBeNull();
    }
    const unknown = await api.run(HISTORY, { id: '00000000-0000-4000-8000-000000000000', lot: w.lotA.id }, w.agent);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.customerHistory).toBeNull();
  });
});

describe('same incident: a repeat call is offered the earlier case, and counted once', () => {
  it('sameIncident: cases at the lot opened in the last 24 hours or still open; not resolved older ones, not other lots, not the case on screen', async () => {
    const w = await worldOfThisMonth();
    const open = await openVerifiedCase(api, w.agent, w.pass.id, minutesAgo(60 * 24 * 5));
    const recentResolved = await openVerifiedCase(api, w.agent, w.pass.id, minutesAgo(60));
    const oldResolved = await openVerifiedCase(api, w.agent, w.pass.id, minutesAgo(60 * 24 * 3));
    for (const id of [recentResolved.id, oldResolved.id]) {
      await ok(
        w,
        graphql(`
          mutation CustomerHistoryResolveCase($id: ID!) {
            resolveCase(caseId: $id, outcome: "안내 후 종결") {
              id
            }
          }
        `),
        { id },
      );
    }
    // Opened three days ago (the test writes cases now; the window counts from opening).
    await handle.db
      .update(cases)
      .set({ createdAt: sql`now() - interval '3 days'` })
      .where(eq(cases.id, oldResolved.id));
    await handle.db
      .update(cases)
      .set({ createdAt: sql`now() - interval '5 days'` })
      .where(eq(cases.id, open.id));

    const ids = (await historyOf(w)).sameIncident.map((c) => c.id).sort();
    expect(ids).toEqual([open.id, recentResolved.id].sort());
    expect((await historyOf(w, w.agent, open.id)).sameIncident.map((c) => c.id)).toEqual([recentResolved.id]);
    expect((await historyOf(w, w.agent, null, w.lotB.id)).sameIncident).toEqual([]);
  });

  it('openCase with duplicateOfId: one transaction; the counted omissions stay 1, no coupon is due, the manager’s figure does not move', async () => {
    const w = await worldOfThisMonth();
    const month = kstMonthOf(new Date());
    const first = await openVerifiedCase(api, w.agent, w.pass.id, minutesAgo(10));
    const figure = async () => (await ok(w, REPORT, { m: month }, w.manager)).repeatOmissionReport.rows.find((r) => r.lot.id === w.lotA.id);
    const before = await figure();
    expect(before?.omissions).toBe(1);

    const opened = await ok(
      w,
      graphql(`
        mutation CustomerHistoryOpenCase($input: OpenCaseInput!) {
          openCase(input: $input) {
            id
            duplicateOf {
              id
            }
          }
        }
      `),
      {
        input: { passId: w.pass.id, kind: 'OPERATOR_OMISSION', incidentAt: minutesAgo(10), duplicateOfId: first.id },
      },
    );
    expect(opened.openCase.duplicateOf?.id).toBe(first.id);
    await ok(
      w,
      graphql(`
        mutation CustomerHistoryVerifyIdentity($id: ID!) {
          verifyIdentity(caseId: $id) {
            id
          }
        }
      `),
      { id: opened.openCase.id },
    );

    const repeat = await ok(w, ELIGIBILITY, { id: opened.openCase.id });
    expect(repeat.case!.couponEligibility).toEqual({ eligible: false, omissionsThisMonth: 1 });
    expect(repeat.case!.timeline.map((e) => e.type)).toContain('DUPLICATE_LINKED');
    expect((await historyOf(w)).countedOmissionsThisMonth).toBe(1);
    expect(await figure()).toEqual(before);
  });

  it('openCase with a duplicateOfId of another customer is BAD_USER_INPUT naming input.duplicateOfId, and no case is left behind', async () => {
    const w = await worldOfThisMonth();
    const other = await makeWorld(handle.db);
    const theirs = await openVerifiedCase(api, other.agent, other.pass.id, '2026-04-03T09:00:00+09:00');
    const refused = await api.run(
      graphql(`
        mutation CustomerHistoryOpenCaseRefused($input: OpenCaseInput!) {
          openCase(input: $input) {
            id
          }
        }
      `),
      {
        input: { passId: w.pass.id, kind: 'OPERATOR_OMISSION', incidentAt: minutesAgo(5), duplicateOfId: theirs.id },
      },
      w.agent,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.duplicateOfId' });
    expect((await historyOf(w)).totalCases).toBe(0);
  });

  it('recordRepeatContact: a timeline entry on the earlier case, no new case, the count unchanged; operators FORBIDDEN', async () => {
    const w = await worldOfThisMonth();
    const first = await openVerifiedCase(api, w.agent, w.pass.id, minutesAgo(10));
    const recorded = await ok(
      w,
      graphql(`
        mutation CustomerHistoryRecordRepeatContact($id: ID!, $note: String) {
          recordRepeatContact(caseId: $id, note: $note) {
            id
            version
          }
        }
      `),
      {
        id: first.id,
        note: '출차 후 다시 전화',
      },
    );
    expect(recorded.recordRepeatContact.version).toBe(first.version + 1);
    const view = await ok(w, ELIGIBILITY, { id: first.id });
    expect(view.case!.timeline.at(-1)).toEqual({
      type: 'REPEAT_CONTACT',
      detail: '고객이 같은 사고로 다시 연락했습니다. 출차 후 다시 전화',
    });
    expect(view.case!.couponEligibility.omissionsThisMonth).toBe(1);
    expect((await historyOf(w)).totalCases).toBe(1);
    const refused = await api.run(
      graphql(`
        mutation CustomerHistoryRepeatRefused($id: ID!) {
          recordRepeatContact(caseId: $id) {
            id
          }
        }
      `),
      { id: first.id },
      w.operatorUserA,
    );
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    // The lot's staff see that the customer called again, never the agent's words.
    const lotView = await ok(
      w,
      graphql(`
        query CustomerHistoryCase($id: ID!) {
          case(id: $id) {
            timeline {
              type
              detail
            }
          }
        }
      `),
      { id: first.id },
      w.operatorUserA,
    );
    expect(lotView.case!.timeline.at(-1)).toEqual({ type: 'REPEAT_CONTACT', detail: null });
  });
});
