import { beforeAll, describe, expect, it } from 'vitest';
import { openCaseVia, openVerifiedCase } from '../fixtures/case-api';
import { useIntegrationApi } from '../fixtures/integration';
import { makeRefusalProbe } from '../fixtures/refusal-probe';
import { makeWorld, type World } from '../fixtures/world';
import { graphql } from '../generated';

// linkDuplicate: a second contact about one incident is linked to the earlier case of the
// same customer so the omission counts once. The gates (identity, role, ids) are in
// case-refusals.test.ts.

const { handle, api } = await useIntegrationApi();
let refusedWithoutWrites: ReturnType<typeof makeRefusalProbe>;

beforeAll(async () => {
  refusedWithoutWrites = makeRefusalProbe(handle.db, api);
});

const LINK = graphql(`
  mutation DuplicatesLink($id: ID!, $of: ID!) {
    linkDuplicate(caseId: $id, ofCaseId: $of) {
      id
      duplicateOf {
        id
      }
    }
  }
`);
const ELIGIBILITY = graphql(`
  query DuplicatesEligibility($id: ID!) {
    case(id: $id) {
      couponEligibility {
        eligible
        omissionsThisMonth
        reason
      }
    }
  }
`);
const COUPON = graphql(`
  mutation DuplicatesCoupon($id: ID!) {
    issueCompensationCoupon(caseId: $id) {
      id
    }
  }
`);

/** A fresh customer with verified omission cases opened in this order (April 2026, KST). */
async function customerWithCases(days: number[]): Promise<{ w: World; ids: string[] }> {
  const w = await makeWorld(handle.db);
  const ids: string[] = [];
  for (const day of days) {
    ids.push((await openVerifiedCase(api, w.agent, w.pass.id, `2026-04-${String(day).padStart(2, '0')}T09:00:00+09:00`)).id);
  }
  return { w, ids };
}

async function link(w: World, caseId: string, ofCaseId: string) {
  const result = await api.run(LINK, { id: caseId, of: ofCaseId }, w.agent);
  expect(result.errors).toBeUndefined();
}

async function eligibilityOf(w: World, caseId: string) {
  const result = await api.run(ELIGIBILITY, { id: caseId }, w.agent);
  return result.data!.case!.couponEligibility;
}

describe('linkDuplicate refuses links that are not a later contact of the same customer', () => {
  it('linkDuplicate of a case to itself is BAD_USER_INPUT naming ofCaseId and writes nothing', async () => {
    const {
      w,
      ids: [only],
    } = await customerWithCases([3]);
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [only!] }, () => api.run(LINK, { id: only!, of: only! }, w.agent));
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ofCaseId' });
  });

  it('linkDuplicate to an earlier case of another customer is BAD_USER_INPUT naming ofCaseId and writes nothing', async () => {
    const other = await customerWithCases([2]);
    const mine = await customerWithCases([3]);
    const refusal = await refusedWithoutWrites({ worlds: [mine.w, other.w], caseIds: [mine.ids[0]!, other.ids[0]!] }, () =>
      api.run(LINK, { id: mine.ids[0]!, of: other.ids[0]! }, mine.w.agent),
    );
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ofCaseId' });
    expect(refusal.message).toContain('같은 고객');
  });

  it('linkDuplicate to a LATER case is BAD_USER_INPUT naming ofCaseId and writes nothing', async () => {
    const {
      w,
      ids: [earlier, later],
    } = await customerWithCases([3, 4]);
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [earlier!, later!] }, () =>
      api.run(LINK, { id: earlier!, of: later! }, w.agent),
    );
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ofCaseId' });
    expect(refusal.message).toContain('먼저 접수된');
  });

  it('linkDuplicate to a case that is itself a duplicate is BAD_USER_INPUT naming ofCaseId and writes nothing', async () => {
    const {
      w,
      ids: [first, second, third],
    } = await customerWithCases([3, 3, 3]);
    await link(w, second!, first!);
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [first!, second!, third!] }, () =>
      api.run(LINK, { id: third!, of: second! }, w.agent),
    );
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ofCaseId' });
    expect(refusal.message).toContain('중복 문의');
  });

  it('linkDuplicate of a case already linked is a CONFLICT and writes nothing', async () => {
    const {
      w,
      ids: [first, second],
    } = await customerWithCases([3, 3]);
    await link(w, second!, first!);
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [first!, second!] }, () =>
      api.run(LINK, { id: second!, of: first! }, w.agent),
    );
    expect(refusal.code).toBe('CONFLICT');
  });

  it('linkDuplicate of a case that got the month’s coupon is POLICY_DENIED and writes nothing', async () => {
    const {
      w,
      ids: [first, second],
    } = await customerWithCases([3, 10]);
    const issued = await api.run(COUPON, { id: second! }, w.agent);
    expect(issued.errors).toBeUndefined();
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [first!, second!] }, () =>
      api.run(LINK, { id: second!, of: first! }, w.agent),
    );
    expect(refusal.code).toBe('POLICY_DENIED');
    expect(refusal.message).toContain('쿠폰');
  });

  it('linkDuplicate of a case that others point at is BAD_USER_INPUT naming caseId (no chains) and writes nothing', async () => {
    const {
      w,
      ids: [a, b, c],
    } = await customerWithCases([2, 3, 4]);
    await link(w, c!, b!);
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [a!, b!, c!] }, () => api.run(LINK, { id: b!, of: a! }, w.agent));
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
  });

  it('linkDuplicate to an earlier case whose caller was never verified is BAD_USER_INPUT (the incident must still count once)', async () => {
    const w = await makeWorld(handle.db);
    const unverified = await openCaseVia(api, w.agent, w.pass.id, '2026-04-02T09:00:00+09:00');
    const verified = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-03T09:00:00+09:00');
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [unverified.id, verified.id] }, () =>
      api.run(LINK, { id: verified.id, of: unverified.id }, w.agent),
    );
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ofCaseId' });
    expect((await eligibilityOf(w, verified.id)).omissionsThisMonth).toBe(1);
  });
});

describe('a duplicate no longer counts as an omission', () => {
  it('after linking the 2nd contact to the 1st, the customer’s omissionsThisMonth drops from 2 to 1 and the coupon is no longer due', async () => {
    const {
      w,
      ids: [first, second],
    } = await customerWithCases([3, 3]);
    expect(await eligibilityOf(w, first!)).toMatchObject({ omissionsThisMonth: 2, eligible: true });

    await link(w, second!, first!);

    expect(await eligibilityOf(w, first!)).toMatchObject({ omissionsThisMonth: 1, eligible: false });
    const duplicate = await eligibilityOf(w, second!);
    expect(duplicate).toMatchObject({ omissionsThisMonth: 1, eligible: false });
    expect(duplicate.reason).toContain('재문의');
    const refused = await api.run(COUPON, { id: first! }, w.agent);
    expect(refused.errors?.[0]?.extensions?.code).toBe('POLICY_DENIED');
  });
});
