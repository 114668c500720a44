import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { passes } from '@/db/schema';
import { openVerifiedCase } from '../fixtures/case-api';
import { createTestApi, dataOf, openTestDatabase, type VariablesOf } from '../fixtures/test-api';
import { makeWorld, type World } from '../fixtures/world';
import { graphql } from '../generated';

// Issue 16, "Personal data to operators through free text": an operator's timeline showed
// another operator's case code, operators saw staff e-mail addresses and a customer's
// omission count at other operators' lots (domain.md, operators). Each failed before.

let handle: DatabaseHandle;
let api: ReturnType<typeof createTestApi>;
let w: World;
let atA: { id: string; code: string };
let atB: { id: string; code: string };

const REQUEST_EXIT = graphql(`
  mutation StructuredFactsRequestExit($id: ID!) {
    requestExit(caseId: $id) {
      id
    }
  }
`);
const ELIGIBILITY = graphql(`
  query StructuredFactsEligibility($id: ID!) {
    case(id: $id) {
      couponEligibility {
        omissionsThisMonth
        reason
      }
    }
  }
`);
const LINK = graphql(`
  mutation StructuredFactsLink($id: ID!, $of: ID!) {
    linkDuplicate(caseId: $id, ofCaseId: $of) {
      id
    }
  }
`);
const DUPLICATE_VIEW = graphql(`
  query StructuredFactsDuplicateView($id: ID!) {
    case(id: $id) {
      duplicateOf {
        code
      }
      timeline {
        type
        detail
      }
    }
  }
`);
const STAFF_VIEW = graphql(`
  query StructuredFactsStaffView($id: ID!) {
    viewer {
      email
    }
    case(id: $id) {
      agent {
        email
        name
      }
      timeline {
        actor {
          email
        }
      }
    }
  }
`);

async function ok<TDocument extends TypedDocumentNode<unknown, never>>(
  query: TDocument,
  variables: VariablesOf<TDocument>,
  viewer: World['agent'],
) {
  return dataOf(api, query, variables, viewer);
}

beforeAll(async () => {
  handle = await openTestDatabase();
  api = createTestApi(handle);
  w = await makeWorld(handle.db);
  // The same customer holds a pass at operator B's lot too: two omissions there this month.
  const [passAtB] = await handle.db
    .insert(passes)
    .values({
      customerId: w.customer.id,
      lotId: w.lotB.id,
      plate: `77다${w.last4}`,
      startsOn: '2026-04-01',
      endsOn: '2026-04-30',
      amountPaid: 120_000,
      availableDays: 30,
    })
    .returning();
  atB = await openVerifiedCase(api, w.agent, passAtB!.id, '2026-04-03T08:00:00+09:00');
  await openVerifiedCase(api, w.agent, passAtB!.id, '2026-04-06T08:00:00+09:00');
  atA = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-09T08:00:00+09:00');
  await ok(REQUEST_EXIT, { id: atA.id }, w.agent);
}, 60_000);
afterAll(() => handle?.close());

describe('what lot staff see of other operators and of staff', () => {
  it('the omission count of a case is of the operator’s own lots only; the agent sees the month’s whole count', async () => {
    const asAgent = await ok(ELIGIBILITY, { id: atA.id }, w.agent);
    const asOperator = await ok(ELIGIBILITY, { id: atA.id }, w.operatorUserA);
    expect(asAgent.case!.couponEligibility.omissionsThisMonth).toBe(3);
    const seen = asOperator.case!.couponEligibility;
    expect(seen.omissionsThisMonth).toBe(1);
    expect(seen.reason).not.toContain('3회');
  });

  it('a duplicate link to another operator’s case shows neither its code nor the link in the timeline', async () => {
    await ok(LINK, { id: atA.id, of: atB.id }, w.agent);
    const asAgent = JSON.stringify(await ok(DUPLICATE_VIEW, { id: atA.id }, w.agent));
    expect(asAgent).toContain(atB.code);
    const asOperator = await ok(DUPLICATE_VIEW, { id: atA.id }, w.operatorUserA);
    expect(JSON.stringify(asOperator)).not.toContain(atB.code);
    const timeline = asOperator.case!.timeline;
    // What is left are facts about the lot's own requests: the plate and what was asked.
    expect(timeline.find((e) => e.type === 'EXIT_REQUESTED')?.detail).toBe(`출차 요청 · ${w.pass.plate}`);
    expect(timeline.filter((e) => e.type !== 'EXIT_REQUESTED').map((e) => e.detail)).toEqual(
      timeline.filter((e) => e.type !== 'EXIT_REQUESTED').map(() => null),
    );
  });

  it('staff e-mail addresses are masked for lot staff; their own is theirs', async () => {
    const data = await ok(STAFF_VIEW, { id: atA.id }, w.operatorUserA);
    expect(data.viewer!.email).toBe(w.operatorUserA.email);
    const text = JSON.stringify(data.case);
    expect(text).not.toContain(w.agent.email);
    expect(text).not.toContain('@');
    expect(data.case!.agent.name).toBe(w.agent.name);
    const asManager = await ok(STAFF_VIEW, { id: atA.id }, w.manager);
    expect(JSON.stringify(asManager.case)).toContain(w.agent.email);
  });
});
