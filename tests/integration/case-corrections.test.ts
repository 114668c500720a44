import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, cases, type UserRow } from '@/db/schema';
import { IDENTITY_UNCONFIRMED_OUTCOME } from '@/lib/domain/case-outcomes';
import { openCaseVia, openVerifiedCase } from '../fixtures/case-api';
import { useIntegrationApi } from '../fixtures/integration';
import { makeRefusalProbe } from '../fixtures/refusal-probe';
import { makeWorld, type World } from '../fixtures/world';

// Issue 15, items 3–5 and acceptance 4: a case's kind corrected with a reason (counts,
// eligibility and reports follow; a coupon stays, marked), notes at any time, the first response
// of step ④, and a caller who could not be verified.

const { handle, api } = await useIntegrationApi();
let refusedWithoutWrites: ReturnType<typeof makeRefusalProbe>;

beforeAll(async () => {
  refusedWithoutWrites = makeRefusalProbe(handle.db, api);
});

async function ok(viewer: UserRow, query: string, variables: Record<string, unknown>) {
  const result = await api.run(query, variables, viewer);
  if (result.errors) throw new Error(`${query} failed: ${JSON.stringify(result.errors)}`);
  return result.data as Record<string, any>;
}

const RECLASSIFY =
  'mutation ($id: ID!, $kind: VocKind!, $reason: String!, $v: Int) { reclassifyCase(caseId: $id, kind: $kind, reason: $reason, expectedVersion: $v) { id kind version consultationType } }';
const CASE = `query ($id: ID!) { case(id: $id) {
  kind status version outcome identityVerified identityUnconfirmedAt firstResponseAt consultationType
  couponEligibility { eligible omissionsThisMonth amount }
  policyTerms { couponAmount repeatThreshold couponsPerMonth }
  coupons { amount issuedUnderKind underEarlierKind }
  timeline { type detail }
} }`;
const REPORT =
  'query ($m: Month!) { repeatOmissionReport(month: $m) { rows { lot { id } omissions customersWithRepeats couponsIssued } } }';

const readCase = async (viewer: UserRow, id: string) => (await ok(viewer, CASE, { id })).case;
async function lotRow(w: World) {
  const report = await ok(w.manager, REPORT, { m: '2026-04' });
  return report.repeatOmissionReport.rows.find((row: { lot: { id: string } }) => row.lot.id === w.lotA.id) ?? null;
}

/** A customer with two counted omissions in April 2026 at the world's lot: the second is coupon-eligible. */
async function twoOmissions() {
  const w = await makeWorld(handle.db);
  const first = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-02T09:00:00+09:00');
  const second = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-09T18:30:00+09:00');
  return { w, first, second };
}

describe('reclassifying a case', () => {
  it('acceptance 4: an omission reclassified to EQUIPMENT_FAULT recounts the report and the other case’s eligibility', async () => {
    const { w, first, second } = await twoOmissions();
    expect((await readCase(w.agent, second.id)).couponEligibility).toMatchObject({ eligible: true, omissionsThisMonth: 2 });
    expect(await lotRow(w)).toMatchObject({ omissions: 2, customersWithRepeats: 1 });

    const before = await readCase(w.agent, first.id);
    const done = await ok(w.agent, RECLASSIFY, {
      id: first.id,
      kind: 'EQUIPMENT_FAULT',
      reason: '출차 기록 확인 결과 LPR 오인식',
      v: first.version,
    });
    expect(done.reclassifyCase).toMatchObject({ kind: 'EQUIPMENT_FAULT', version: first.version + 1 });
    // The consultation type is the lot's, whatever the kind.
    expect(done.reclassifyCase.consultationType).toEqual(before.consultationType);

    expect((await readCase(w.agent, second.id)).couponEligibility).toMatchObject({ eligible: false, omissionsThisMonth: 1 });
    expect(await lotRow(w)).toMatchObject({ omissions: 1, customersWithRepeats: 0 });
    const after = await readCase(w.agent, first.id);
    expect(after.couponEligibility.eligible).toBe(false);
    expect(after.timeline).toContainEqual({
      type: 'CASE_RECLASSIFIED',
      detail: '운영사 등록누락 → 설비이슈/LPR오인식: 출차 기록 확인 결과 LPR 오인식',
    });
    const audit = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, first.id), eq(auditLog.action, 'RECLASSIFY_CASE')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toEqual({ from: 'OPERATOR_OMISSION', to: 'EQUIPMENT_FAULT' });

    // Back to an omission: the count and the eligibility return.
    await ok(w.agent, RECLASSIFY, { id: first.id, kind: 'OPERATOR_OMISSION', reason: '운영사 등록누락으로 재확인' });
    expect((await readCase(w.agent, second.id)).couponEligibility).toMatchObject({ eligible: true, omissionsThisMonth: 2 });
    expect(await lotRow(w)).toMatchObject({ omissions: 2 });
  });

  it('acceptance 4: after a coupon an agent is refused and nothing is written; a manager may, and the coupon stays, marked', async () => {
    const { w, first, second } = await twoOmissions();
    await ok(w.agent, 'mutation ($id: ID!) { issueCompensationCoupon(caseId: $id) { id } }', { id: second.id });
    const watch = { worlds: [w], caseIds: [first.id, second.id] };

    for (const id of [second.id, first.id]) {
      // On the coupon's case, and on the other omission whose count backs that coupon.
      const refusal = await refusedWithoutWrites(watch, () =>
        api.run(RECLASSIFY, { id, kind: 'EQUIPMENT_FAULT', reason: '오인식' }, w.agent),
      );
      expect(refusal.code).toBe('POLICY_DENIED');
      expect(refusal.message).toMatch(/관리자/);
      expect((await readCase(w.agent, id)).kind).toBe('OPERATOR_OMISSION');
    }

    await ok(w.manager, RECLASSIFY, { id: second.id, kind: 'EQUIPMENT_FAULT', reason: '현장 CCTV 확인: 카메라 오인식' });
    const after = await readCase(w.agent, second.id);
    expect(after.kind).toBe('EQUIPMENT_FAULT');
    expect(after.coupons).toEqual([{ amount: 3000, issuedUnderKind: 'OPERATOR_OMISSION', underEarlierKind: true }]);
    expect(await lotRow(w)).toMatchObject({ omissions: 1, couponsIssued: 1 });
  });

  it('a manager may reclassify a closed case; an agent may not (CONFLICT), and writes nothing', async () => {
    const { w, first } = await twoOmissions();
    await ok(w.agent, 'mutation ($id: ID!) { resolveCase(caseId: $id, outcome: "종결") { id } }', { id: first.id });
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [first.id] }, () =>
      api.run(RECLASSIFY, { id: first.id, kind: 'EQUIPMENT_FAULT', reason: '오인식' }, w.agent),
    );
    expect(refusal.code).toBe('CONFLICT');
    await ok(w.manager, RECLASSIFY, { id: first.id, kind: 'EQUIPMENT_FAULT', reason: '월말 점검: 카메라 오인식' });
    expect((await readCase(w.manager, first.id)).kind).toBe('EQUIPMENT_FAULT');
  });

  it.each([
    ['the same kind', { kind: 'OPERATOR_OMISSION', reason: '확인' }, 'kind'],
    ['an empty reason', { kind: 'EQUIPMENT_FAULT', reason: '   ' }, 'reason'],
    ['a reason over 500 characters', { kind: 'EQUIPMENT_FAULT', reason: '가'.repeat(501) }, 'reason'],
  ])('%s is BAD_USER_INPUT naming the field and writes nothing', async (_what, variables, field) => {
    const { w, first } = await twoOmissions();
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [first.id] }, () =>
      api.run(RECLASSIFY, { id: first.id, ...variables }, w.agent),
    );
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.message.startsWith(`${field}:`)).toBe(true);
  });

  it('an agent may not reclassify before the caller is verified; a stale version is a CONFLICT', async () => {
    const w = await makeWorld(handle.db);
    const unverified = await openCaseVia(api, w.agent, w.pass.id, '2026-04-02T09:00:00+09:00');
    const denied = await refusedWithoutWrites({ worlds: [w], caseIds: [unverified.id] }, () =>
      api.run(RECLASSIFY, { id: unverified.id, kind: 'EQUIPMENT_FAULT', reason: '오인식' }, w.agent),
    );
    expect(denied.code).toBe('POLICY_DENIED');
    const verified = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-03T09:00:00+09:00');
    const stale = await refusedWithoutWrites({ worlds: [w], caseIds: [verified.id] }, () =>
      api.run(RECLASSIFY, { id: verified.id, kind: 'EQUIPMENT_FAULT', reason: '오인식', v: verified.version - 1 }, w.agent),
    );
    expect(stale.code).toBe('CONFLICT');
  });
});

describe('notes and the first response', () => {
  const NOTE = 'mutation ($id: ID!, $text: String!) { addCaseNote(caseId: $id, text: $text) { version } }';

  it('a note is a timeline entry at any time (before verification, after closing); operators never read it', async () => {
    const w = await makeWorld(handle.db);
    const opened = await openCaseVia(api, w.agent, w.pass.id, '2026-04-02T09:00:00+09:00');
    await ok(w.agent, NOTE, { id: opened.id, text: '배우자 명의 계정이라고 함 010-9876-1234' });
    await ok(w.agent, 'mutation ($id: ID!) { resolveCase(caseId: $id, outcome: "본인 아님") { id } }', { id: opened.id });
    await ok(w.manager, NOTE, { id: opened.id, text: '결제팀 회신: 취소 완료' });
    const notes = (await readCase(w.agent, opened.id)).timeline.filter((e: { type: string }) => e.type === 'NOTE_ADDED');
    expect(notes.map((e: { detail: string }) => e.detail)).toEqual(['배우자 명의 계정이라고 함 010-9876-1234', '결제팀 회신: 취소 완료']);

    const seen = await ok(w.operatorUserA, 'query ($id: ID!) { case(id: $id) { timeline { type detail } } }', { id: opened.id });
    const forOperator = seen.case.timeline.filter((e: { type: string }) => e.type === 'NOTE_ADDED');
    expect(forOperator).toHaveLength(2);
    expect(forOperator.every((e: { detail: string | null }) => e.detail === null)).toBe(true);
    expect(JSON.stringify(seen)).not.toContain('결제팀');
  });

  it.each([
    ['empty', ' '],
    ['over 2,000 characters', '가'.repeat(2001)],
  ])('a note %s is BAD_USER_INPUT naming text and writes nothing', async (_what, text) => {
    const w = await makeWorld(handle.db);
    const opened = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-02T09:00:00+09:00');
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [opened.id] }, () =>
      api.run(NOTE, { id: opened.id, text }, w.agent),
    );
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.message.startsWith('text:')).toBe(true);
  });

  it('recording the first response sets firstResponseAt on the case (step ④ done for a first omission)', async () => {
    const w = await makeWorld(handle.db);
    const opened = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-02T09:00:00+09:00');
    expect((await readCase(w.agent, opened.id)).firstResponseAt).toBeNull();
    await ok(w.agent, 'mutation ($id: ID!, $t: String!) { recordFirstResponse(caseId: $id, text: $t) { id } }', {
      id: opened.id,
      t: '1차 불가안내·정책안내·케어',
    });
    const after = await readCase(w.agent, opened.id);
    expect(after.firstResponseAt).not.toBeNull();
    expect(after.timeline).toContainEqual({ type: 'POLICY_EXPLAINED', detail: '1차 불가안내·정책안내·케어' });
  });

  it('the case carries the policy terms in force at its incident time', async () => {
    const w = await makeWorld(handle.db);
    const opened = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-02T09:00:00+09:00');
    const kase = await readCase(w.agent, opened.id);
    expect(kase.policyTerms).toEqual({ couponAmount: kase.couponEligibility.amount, repeatThreshold: 2, couponsPerMonth: 1 });
  });
});

describe('a caller who could not be verified', () => {
  const UNCONFIRMED =
    'mutation ($id: ID!, $v: Int) { recordIdentityUnconfirmed(caseId: $id, expectedVersion: $v) { status identityVerified outcome resolvedAt identityUnconfirmedAt } }';

  it('closes the case with the fixed outcome, counts it for the manager, never as an omission; nothing is possible afterwards', async () => {
    const w = await makeWorld(handle.db);
    const opened = await openCaseVia(api, w.agent, w.pass.id, '2026-04-02T09:00:00+09:00');
    const closed = (await ok(w.agent, UNCONFIRMED, { id: opened.id, v: opened.version })).recordIdentityUnconfirmed;
    expect(closed).toMatchObject({ status: 'RESOLVED', identityVerified: false, outcome: IDENTITY_UNCONFIRMED_OUTCOME });
    expect(closed.resolvedAt).not.toBeNull();
    expect(closed.identityUnconfirmedAt).not.toBeNull();

    const report = await ok(w.manager, 'query { unverifiedContacts(month: "2026-04") { total rows { lot { id } count } } }', {});
    expect(report.unverifiedContacts.rows).toContainEqual({ lot: { id: w.lotA.id }, count: 1 });
    expect(report.unverifiedContacts.total).toBeGreaterThanOrEqual(1);
    expect(await lotRow(w)).toMatchObject({ omissions: 0 });

    for (const document of [
      'mutation ($id: ID!) { verifyIdentity(caseId: $id) { id } }',
      'mutation ($id: ID!) { recordIdentityUnconfirmed(caseId: $id) { id } }',
      'mutation ($id: ID!) { recordFirstResponse(caseId: $id, text: "안내") { id } }',
      'mutation ($id: ID!) { resolveCase(caseId: $id, outcome: "종결") { id } }',
      'mutation ($id: ID!) { requestExit(caseId: $id) { id } }',
      'mutation ($id: ID!) { reclassifyCase(caseId: $id, kind: EQUIPMENT_FAULT, reason: "오인식") { id } }',
    ]) {
      const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [opened.id] }, () =>
        api.run(document, { id: opened.id }, w.agent),
      );
      expect(refusal.code, document).toBe('CONFLICT');
    }
  });

  it('a verified caller cannot be recorded as unverified (POLICY_DENIED, nothing written)', async () => {
    const w = await makeWorld(handle.db);
    const opened = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-02T09:00:00+09:00');
    const refusal = await refusedWithoutWrites({ worlds: [w], caseIds: [opened.id] }, () =>
      api.run(UNCONFIRMED, { id: opened.id }, w.agent),
    );
    expect(refusal.code).toBe('POLICY_DENIED');
    const [row] = await handle.db.select().from(cases).where(eq(cases.id, opened.id));
    expect(row!.identityUnconfirmedAt).toBeNull();
  });
});
