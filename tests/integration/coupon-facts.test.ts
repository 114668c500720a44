import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlStateOf, type DatabaseHandle } from '@/db/client';
import { cases, coupons, passes, policyVersions, type UserRow } from '@/db/schema';
import { couponFactsIn, judgeCoupon } from '@/lib/services/compensation/judge-coupon';
import { openVerifiedCase } from '../fixtures/case-api';
import { createTestApi, openTestDatabase } from '../fixtures/test-api';
import { makeWorld, type World } from '../fixtures/world';
import { graphql } from '../generated';

// Issue 17, item 4: the page's eligibility and the issuing transaction read the same facts. With
// a policy of two coupons a month the API once issued a second coupon on the case that already
// had one while the page said it was not eligible; now the rule refuses it and the database too.

let handle: DatabaseHandle;
let api: ReturnType<typeof createTestApi>;
let world: World;
let passId: string;

const CASE = graphql(`
  query CouponFactsCase($id: ID!) {
    case(id: $id) {
      couponEligibility {
        eligible
        omissionsThisMonth
        reason
      }
      coupons {
        id
      }
    }
  }
`);
const ISSUE = graphql(`
  mutation CouponFactsIssue($id: ID!) {
    issueCompensationCoupon(caseId: $id) {
      id
      amount
      month
    }
  }
`);

beforeAll(async () => {
  handle = await openTestDatabase();
  api = createTestApi(handle);
  world = await makeWorld(handle.db);
  // Straight to the table (addPolicyVersion refuses past dates). Integration files share one
  // database: the same statement restores the usual one-a-month policy a month later, so no
  // other file's incidents (2026, March 2025) see two.
  await handle.db.insert(policyVersions).values([
    {
      effectiveFrom: new Date('2025-08-01T00:00:00+09:00'),
      couponAmount: 3000,
      repeatThreshold: 2,
      couponsPerMonth: 2,
      note: 'test: two a month',
    },
    {
      effectiveFrom: new Date('2025-09-01T00:00:00+09:00'),
      couponAmount: 3000,
      repeatThreshold: 2,
      couponsPerMonth: 1,
      note: 'test: back to one',
    },
  ]);
  const [pass] = await handle.db
    .insert(passes)
    .values({
      customerId: world.customer.id,
      lotId: world.lotA.id,
      plate: `88나${world.last4}`,
      startsOn: '2025-08-01',
      endsOn: '2025-08-31',
      amountPaid: 120_000,
      availableDays: 31,
    })
    .returning();
  if (!pass) throw new Error('no pass');
  passId = pass.id;
});
afterAll(() => handle.close());

async function eligibilityOf(viewer: UserRow, id: string) {
  const result = await api.run(CASE, { id }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.case!.couponEligibility;
}

/** What the API does when the agent presses the button: ISSUED or the refusal's code. */
async function pressIssue(id: string): Promise<string> {
  const result = await api.run(ISSUE, { id }, world.agent);
  return result.errors ? String(result.errors[0]?.extensions?.code) : 'ISSUED';
}

describe('coupon facts: two coupons a month allowed', () => {
  it('coupon: a second coupon on the same case is refused, a second case that month gets one, page and API agree', async () => {
    const first = await openVerifiedCase(api, world.agent, passId, '2025-08-02T09:00:00+09:00');
    const second = await openVerifiedCase(api, world.agent, passId, '2025-08-09T18:30:00+09:00');
    expect(await eligibilityOf(world.agent, second.id)).toMatchObject({ eligible: true, omissionsThisMonth: 2 });
    expect(await pressIssue(second.id)).toBe('ISSUED');

    // The same case again: the page says no, and so does the API (it used to issue a second).
    const again = await eligibilityOf(world.agent, second.id);
    expect(again).toMatchObject({ eligible: false, omissionsThisMonth: 2 });
    expect(again.reason).toContain('이 상담에서');
    // The rule itself refuses, on the facts the issuing transaction reads (not only the index below).
    const [secondRow] = await handle.db.select().from(cases).where(eq(cases.id, second.id));
    expect(await judgeCoupon(couponFactsIn(handle.db), secondRow!)).toMatchObject({ eligible: false, reason: again.reason });
    const refusal = await api.run(ISSUE, { id: second.id }, world.agent);
    expect(refusal.errors?.[0]).toMatchObject({ message: again.reason, extensions: { code: 'POLICY_DENIED' } });

    // Forced past the rule, the database refuses a second coupon on the case (another slot of the month).
    const forced = handle.db
      .insert(coupons)
      .values({ customerId: world.customer.id, caseId: second.id, amount: 3000, month: '2025-08', slot: 2, issuedById: world.agent.id });
    expect(await forced.then(() => 'INSERTED', sqlStateOf)).toBe('23505');

    // A third omission that month is another case: the month's second coupon is its to have.
    const third = await openVerifiedCase(api, world.agent, passId, '2025-08-16T07:00:00+09:00');
    expect(await eligibilityOf(world.agent, third.id)).toMatchObject({ eligible: true, omissionsThisMonth: 3 });
    expect(await pressIssue(third.id)).toBe('ISSUED');

    // Two coupons given: the policy's allowance is used up for every case of the month.
    const fourth = await openVerifiedCase(api, world.agent, passId, '2025-08-23T07:00:00+09:00');
    for (const id of [first.id, second.id, third.id, fourth.id]) {
      const shown = await eligibilityOf(world.agent, id);
      expect(shown.eligible).toBe(false);
      expect(await pressIssue(id)).toBe('POLICY_DENIED');
    }
    const given = await handle.db
      .select({ caseId: coupons.caseId, slot: coupons.slot })
      .from(coupons)
      .where(eq(coupons.customerId, world.customer.id));
    expect(given.sort((a, b) => a.slot - b.slot)).toEqual([
      { caseId: second.id, slot: 1 },
      { caseId: third.id, slot: 2 },
    ]);
  });
});
