import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openVerifiedCase } from '../fixtures/case-api';
import { useIntegrationApi } from '../fixtures/integration';
import { makeRefusalProbe } from '../fixtures/refusal-probe';
import { dataOf, type VariablesOf } from '../fixtures/test-api';
import { makeWorld, type World } from '../fixtures/world';
import { graphql } from '../generated';
import type { VocKind } from '../generated/graphql';

// Issue 15, item 2: unlinkDuplicate, and the rule both link and unlink obey (domain.md: "A
// duplicate link can be undone (with a reason) only while no coupon was issued on the strength
// of the count it changes"). Every refusal writes nothing.

const { handle, api } = await useIntegrationApi();
let refusedWithoutWrites: ReturnType<typeof makeRefusalProbe>;

beforeAll(async () => {
  refusedWithoutWrites = makeRefusalProbe(handle.db, api);
});

const LINK = graphql(`
  mutation UnlinkLink($id: ID!, $of: ID!) {
    linkDuplicate(caseId: $id, ofCaseId: $of) {
      id
      version
    }
  }
`);
const UNLINK = graphql(`
  mutation UnlinkUnlink($id: ID!, $reason: String!, $v: Int) {
    unlinkDuplicate(caseId: $id, reason: $reason, expectedVersion: $v) {
      id
      version
      duplicateOf {
        id
      }
    }
  }
`);
const COUPON = graphql(`
  mutation UnlinkCoupon($id: ID!) {
    issueCompensationCoupon(caseId: $id) {
      id
    }
  }
`);
const RESOLVE = graphql(`
  mutation UnlinkResolve($id: ID!) {
    resolveCase(caseId: $id, outcome: "재문의 종결") {
      id
    }
  }
`);
const VIEW = graphql(`
  query UnlinkView($id: ID!) {
    case(id: $id) {
      version
      couponEligibility {
        eligible
        omissionsThisMonth
      }
      timeline {
        type
        detail
      }
    }
  }
`);

/** A fresh customer with verified cases of these kinds opened in this order (April 2026, KST). */
async function casesOf(kinds: VocKind[]) {
  const w = await makeWorld(handle.db);
  const opened = [];
  for (const [i, kind] of kinds.entries()) {
    opened.push(await openVerifiedCase(api, w.agent, w.pass.id, `2026-04-${String(3 + i).padStart(2, '0')}T09:00:00+09:00`, kind));
  }
  return { w, opened };
}

async function ok<TDocument extends TypedDocumentNode<unknown, never>>(w: World, query: TDocument, variables: VariablesOf<TDocument>) {
  return dataOf(api, query, variables, w.agent);
}

const omissionsOf = async (w: World, id: string) => (await ok(w, VIEW, { id })).case!.couponEligibility.omissionsThisMonth;

describe('unlinkDuplicate', () => {
  it('with a reason: the case counts again at once, and the timeline says why', async () => {
    const {
      w,
      opened: [first, second],
    } = await casesOf(['OPERATOR_OMISSION', 'OPERATOR_OMISSION']);
    const linked = await ok(w, LINK, { id: second!.id, of: first!.id });
    expect(await omissionsOf(w, first!.id)).toBe(1);

    const unlinked = await ok(w, UNLINK, { id: second!.id, reason: '다른 날의 사고로 확인', v: linked.linkDuplicate.version });
    expect(unlinked.unlinkDuplicate.duplicateOf).toBeNull();
    const view = await ok(w, VIEW, { id: second!.id });
    expect(view.case!.couponEligibility).toEqual({ eligible: true, omissionsThisMonth: 2 });
    expect(view.case!.timeline.at(-1)).toEqual({
      type: 'DUPLICATE_UNLINKED',
      detail: `${first!.code}와의 중복 연결 해제 — 사유: 다른 날의 사고로 확인`,
    });
  });

  it('while a coupon of the month was issued on the count: POLICY_DENIED naming the rule and the coupon’s case, and writes nothing', async () => {
    const {
      w,
      opened: [a, b, c, d],
    } = await casesOf(['OPERATOR_OMISSION', 'OPERATOR_OMISSION', 'OPERATOR_OMISSION', 'OPERATOR_OMISSION']);
    await ok(w, LINK, { id: b!.id, of: a!.id });
    await ok(w, COUPON, { id: d!.id });
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [a!.id, b!.id, c!.id, d!.id] }, () =>
      api.run(UNLINK, { id: b!.id, reason: '다른 사고' }, w.agent),
    );
    expect(refusal.code).toBe('POLICY_DENIED');
    expect(refusal.message).toContain(d!.code);
    expect(refusal.message).toContain('쿠폰이 지급된 달의 누락 횟수를 바꾸는 중복 연결·해제는 할 수 없습니다');
  });

  it('a case that would not count either way (another kind) is unlinked even after the month’s coupon', async () => {
    const {
      w,
      opened: [a, fault, c],
    } = await casesOf(['OPERATOR_OMISSION', 'EQUIPMENT_FAULT', 'OPERATOR_OMISSION']);
    await ok(w, LINK, { id: fault!.id, of: a!.id });
    await ok(w, COUPON, { id: c!.id });
    await ok(w, UNLINK, { id: fault!.id, reason: '설비 이슈로 별건' });
    expect(await omissionsOf(w, c!.id)).toBe(2);
  });

  it.each([
    ['an empty reason', 'reason', '   '],
    ['a reason over 500 characters', 'reason', '가'.repeat(501)],
  ])('%s is BAD_USER_INPUT naming %s and writes nothing', async (_what, field, reason) => {
    const {
      w,
      opened: [a, b],
    } = await casesOf(['OPERATOR_OMISSION', 'OPERATOR_OMISSION']);
    await ok(w, LINK, { id: b!.id, of: a!.id });
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [a!.id, b!.id] }, () =>
      api.run(UNLINK, { id: b!.id, reason }, w.agent),
    );
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('a case that is no duplicate is BAD_USER_INPUT naming caseId and writes nothing', async () => {
    const {
      w,
      opened: [a],
    } = await casesOf(['OPERATOR_OMISSION']);
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [a!.id] }, () =>
      api.run(UNLINK, { id: a!.id, reason: '사유' }, w.agent),
    );
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
  });

  it('a stale expectedVersion is a CONFLICT and writes nothing', async () => {
    const {
      w,
      opened: [a, b],
    } = await casesOf(['OPERATOR_OMISSION', 'OPERATOR_OMISSION']);
    await ok(w, LINK, { id: b!.id, of: a!.id });
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [a!.id, b!.id] }, () =>
      api.run(UNLINK, { id: b!.id, reason: '사유', v: b!.version }, w.agent),
    );
    expect(refusal.code).toBe('CONFLICT');
  });

  it.each([
    ['the lot’s operator', (w: World) => w.operatorUserA],
    ['another operator', (w: World) => w.operatorUserB],
    ['a manager', (w: World) => w.manager],
  ])('%s is FORBIDDEN and writes nothing', async (_who, viewer) => {
    const {
      w,
      opened: [a, b],
    } = await casesOf(['OPERATOR_OMISSION', 'OPERATOR_OMISSION']);
    await ok(w, LINK, { id: b!.id, of: a!.id });
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [a!.id, b!.id] }, () =>
      api.run(UNLINK, { id: b!.id, reason: '사유' }, viewer(w)),
    );
    expect(refusal.code).toBe('FORBIDDEN');
  });

  it('a resolved case is a CONFLICT and writes nothing', async () => {
    const {
      w,
      opened: [a, b],
    } = await casesOf(['OPERATOR_OMISSION', 'OPERATOR_OMISSION']);
    await ok(w, LINK, { id: b!.id, of: a!.id });
    await ok(w, RESOLVE, { id: b!.id });
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [a!.id, b!.id] }, () =>
      api.run(UNLINK, { id: b!.id, reason: '사유' }, w.agent),
    );
    expect(refusal.code).toBe('CONFLICT');
  });
});

describe('linkDuplicate obeys the same rule', () => {
  it('while the month’s coupon was issued on another case: POLICY_DENIED naming that case, and writes nothing', async () => {
    const {
      w,
      opened: [a, b, c],
    } = await casesOf(['OPERATOR_OMISSION', 'OPERATOR_OMISSION', 'OPERATOR_OMISSION']);
    await ok(w, COUPON, { id: b!.id });
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [a!.id, b!.id, c!.id] }, () =>
      api.run(LINK, { id: c!.id, of: a!.id }, w.agent),
    );
    expect(refusal.code).toBe('POLICY_DENIED');
    expect(refusal.message).toContain(b!.code);
    expect(await omissionsOf(w, a!.id)).toBe(3);
  });

  it('a case that does not count (another kind) is linked even after the month’s coupon', async () => {
    const {
      w,
      opened: [a, b, fault],
    } = await casesOf(['OPERATOR_OMISSION', 'OPERATOR_OMISSION', 'EQUIPMENT_FAULT']);
    await ok(w, COUPON, { id: b!.id });
    await ok(w, LINK, { id: fault!.id, of: a!.id });
    expect(await omissionsOf(w, a!.id)).toBe(2);
  });
});
