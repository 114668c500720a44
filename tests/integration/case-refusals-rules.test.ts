import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { openVerifiedCase } from '../fixtures/case-api';
import { currentVersion, makeTarget, operations, recordPaymentVia, type Target } from '../fixtures/case-operations';
import { useIntegrationWorld } from '../fixtures/integration';
import { makeRefusalProbe } from '../fixtures/refusal-probe';
import { makeWorld, type World } from '../fixtures/world';

// Refusals of bad input, of the compensation policy and of writes that conflict with the
// case's state. The gates (identity, role, ids) are in case-refusals.test.ts; duplicate
// links in case-refusals-duplicates.test.ts.

const { handle, api, world } = await useIntegrationWorld();
let refusedWithoutWrites: ReturnType<typeof makeRefusalProbe>;

beforeAll(async () => {
  refusedWithoutWrites = makeRefusalProbe(handle.db, api);
});

type Kind = 'OPERATOR_OMISSION' | 'EQUIPMENT_FAULT' | 'REFUND_CLAIM';
const watching = (w: World, ...caseIds: string[]) => ({ worlds: [w], caseIds });

interface BadInput {
  rule: string;
  kind: Kind;
  document: string;
  variables?: (t: Target) => Record<string, unknown>;
  code?: 'BAD_USER_INPUT' | 'NOT_FOUND';
  names: string;
}

const refund = (args: string) => `mutation ($id: ID!) { proposeRefund(caseId: $id, ${args}) { id } }`;
const quote = (usedDays: number) => `query ($pass: ID!) { refundQuote(passId: $pass, usedDays: ${usedDays}) { refund } }`;

const BAD_INPUTS: BadInput[] = [
  {
    rule: 'recordOnsitePayment with amount -1',
    kind: 'OPERATOR_OMISSION',
    names: 'amount',
    document: 'mutation ($id: ID!) { recordOnsitePayment(caseId: $id, amount: -1, paidAt: "2026-04-03T08:20:00+09:00") { id } }',
  },
  {
    rule: 'recordOnsitePayment with paidAt without an offset',
    kind: 'OPERATOR_OMISSION',
    names: 'DateTime',
    document: 'mutation ($id: ID!, $paidAt: DateTime!) { recordOnsitePayment(caseId: $id, amount: 4500, paidAt: $paidAt) { id } }',
    variables: (t) => ({ id: t.caseId, paidAt: '2026-04-03T08:20:00' }),
  },
  {
    rule: 'recordOnsitePayment with paidAt in the future',
    kind: 'OPERATOR_OMISSION',
    names: 'paidAt',
    document: 'mutation ($id: ID!) { recordOnsitePayment(caseId: $id, amount: 4500, paidAt: "2099-01-01T09:00:00+09:00") { id } }',
  },
  // Issue 16: a 0-won payment and one paid on 1970-01-01 were taken (the incident is 2026-04-03 08:10 KST).
  {
    rule: 'recordOnsitePayment of 0 won',
    kind: 'OPERATOR_OMISSION',
    names: 'amount',
    document: 'mutation ($id: ID!) { recordOnsitePayment(caseId: $id, amount: 0, paidAt: "2026-04-03T08:20:00+09:00") { id } }',
  },
  {
    rule: 'recordOnsitePayment paid on 1970-01-01',
    kind: 'OPERATOR_OMISSION',
    names: 'paidAt',
    document: 'mutation ($id: ID!) { recordOnsitePayment(caseId: $id, amount: 4500, paidAt: "1970-01-01T00:00:00Z") { id } }',
  },
  {
    rule: 'recordOnsitePayment paid a minute before the incident',
    kind: 'OPERATOR_OMISSION',
    names: 'paidAt',
    document: 'mutation ($id: ID!) { recordOnsitePayment(caseId: $id, amount: 4500, paidAt: "2026-04-03T08:09:00+09:00") { id } }',
  },
  {
    rule: 'proposeRefund on the Consumer Agency basis without usedDays',
    kind: 'REFUND_CLAIM',
    names: 'usedDays',
    document: refund('basis: CONSUMER_AGENCY'),
  },
  {
    rule: 'proposeRefund on the Consumer Agency basis with usedDays 31 of 30',
    kind: 'REFUND_CLAIM',
    names: 'usedDays',
    document: refund('basis: CONSUMER_AGENCY, usedDays: 31'),
  },
  {
    rule: 'proposeRefund on the Consumer Agency basis with usedDays -1',
    kind: 'REFUND_CLAIM',
    names: 'usedDays',
    document: refund('basis: CONSUMER_AGENCY, usedDays: -1'),
  },
  {
    rule: 'proposeRefund on the Consumer Agency basis with an agent-chosen amount',
    kind: 'REFUND_CLAIM',
    names: 'amount',
    document: refund('basis: CONSUMER_AGENCY, usedDays: 7, amount: 150000'),
  },
  {
    rule: 'proposeRefund on the company basis without an amount',
    kind: 'REFUND_CLAIM',
    names: 'amount',
    document: refund('basis: COMPANY_POLICY'),
  },
  {
    rule: 'proposeRefund on the company basis above the 150,000 paid',
    kind: 'REFUND_CLAIM',
    names: 'amount',
    document: refund('basis: COMPANY_POLICY, amount: 150001'),
  },
  {
    rule: 'requestExit with expectedVersion 0',
    kind: 'OPERATOR_OMISSION',
    names: 'expectedVersion',
    document: 'mutation ($id: ID!) { requestExit(caseId: $id, expectedVersion: 0) { id } }',
  },
  {
    rule: 'resolveCase with a blank outcome',
    kind: 'OPERATOR_OMISSION',
    names: 'outcome',
    document: 'mutation ($id: ID!) { resolveCase(caseId: $id, outcome: "   ") { id } }',
  },
  {
    rule: 'recordGuidance with a blank detail',
    kind: 'OPERATOR_OMISSION',
    names: 'detail',
    document: 'mutation ($id: ID!) { recordGuidance(caseId: $id, step: BASIC_CARE, detail: "  ") { id } }',
  },
  {
    rule: 'openCase with an incident after the pass period (05-01 KST)',
    kind: 'OPERATOR_OMISSION',
    names: 'input.incidentAt',
    document:
      'mutation ($pass: ID!) { openCase(input: { passId: $pass, kind: OPERATOR_OMISSION, incidentAt: "2026-05-01T00:10:00+09:00" }) { id } }',
  },
  {
    rule: 'openCase with an incident before the pass period (03-31 KST)',
    kind: 'OPERATOR_OMISSION',
    names: 'input.incidentAt',
    document:
      'mutation ($pass: ID!) { openCase(input: { passId: $pass, kind: OPERATOR_OMISSION, incidentAt: "2026-03-31T23:50:00+09:00" }) { id } }',
  },
  { rule: 'refundQuote with usedDays -1', kind: 'REFUND_CLAIM', names: 'usedDays', document: quote(-1) },
  { rule: 'refundQuote with usedDays 31 of 30', kind: 'REFUND_CLAIM', names: 'usedDays', document: quote(31) },
  {
    rule: 'refundQuote of an unknown pass',
    kind: 'REFUND_CLAIM',
    code: 'NOT_FOUND',
    names: 'passId',
    document: quote(7),
    variables: () => ({ pass: randomUUID() }),
  },
];

describe('bad input is refused naming the field, before anything is written', () => {
  const rows = BAD_INPUTS.map((row) => [row.rule, row.code ?? 'BAD_USER_INPUT', row.names, row] as const);

  it.each(rows)('%s is %s naming %s and writes nothing', async (_rule, code, names, { kind, document, variables }) => {
    const target = await makeTarget(api, handle.db, world, { kind });
    const vars = variables?.(target) ?? { id: target.caseId, pass: target.passId };
    const used = Object.fromEntries(Object.entries(vars).filter(([key]) => document.includes(`$${key}`)));
    const refusal = await refusedWithoutWrites(watching(world, target.caseId), () => api.run(document, used, world.agent));
    expect(refusal.code).toBe(code);
    expect(refusal.message).toContain(names);
  });
});

describe('the compensation policy refuses with the rule', () => {
  const COUPON = 'mutation ($id: ID!) { issueCompensationCoupon(caseId: $id) { id } }';

  it.each([
    ['EQUIPMENT_FAULT', '설비 이슈·LPR 오인식 건은 보상 대상이 아닙니다'],
    ['REFUND_CLAIM', '환불 요청 건은 쿠폰 보상 대상이 아닙니다'],
  ] as const)(
    'issueCompensationCoupon on a verified %s case, even after an earlier omission, is POLICY_DENIED and writes nothing',
    async (kind, rule) => {
      const w = await makeWorld(handle.db);
      await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-02T09:00:00+09:00');
      const subject = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-09T09:00:00+09:00', kind);
      const refusal = await refusedWithoutWrites(watching(w, subject.id), () => api.run(COUPON, { id: subject.id }, w.agent));
      expect(refusal.code).toBe('POLICY_DENIED');
      expect(refusal.message).toContain(rule);
    },
  );

  it('issueCompensationCoupon on the 1st omission of the KST month is POLICY_DENIED and writes nothing', async () => {
    const w = await makeWorld(handle.db);
    const first = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-09T09:00:00+09:00');
    const refusal = await refusedWithoutWrites(watching(w, first.id), () => api.run(COUPON, { id: first.id }, w.agent));
    expect(refusal.code).toBe('POLICY_DENIED');
    expect(refusal.message).toContain('1회째');
  });

  it('issueCompensationCoupon a second time in the month is POLICY_DENIED and writes nothing', async () => {
    const w = await makeWorld(handle.db);
    await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-02T09:00:00+09:00');
    const second = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-09T09:00:00+09:00');
    expect((await api.run(COUPON, { id: second.id }, w.agent)).errors).toBeUndefined();
    const third = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-16T09:00:00+09:00');
    const refusal = await refusedWithoutWrites(watching(w, second.id, third.id), () => api.run(COUPON, { id: third.id }, w.agent));
    expect(refusal.code).toBe('POLICY_DENIED');
    expect(refusal.message).toContain('이미 지급');
  });

  it('proposeRefund on an OPERATOR_OMISSION case is POLICY_DENIED and writes nothing', async () => {
    const target = await makeTarget(api, handle.db, world, { kind: 'OPERATOR_OMISSION' });
    const refusal = await refusedWithoutWrites(watching(world, target.caseId), () =>
      api.run(refund('basis: CONSUMER_AGENCY, usedDays: 7'), { id: target.caseId }, world.agent),
    );
    expect(refusal.code).toBe('POLICY_DENIED');
    expect(refusal.message).toContain('환불요청');
  });

  it('requestPaymentCancellation without a receipt is POLICY_DENIED and writes nothing', async () => {
    const opened = await openVerifiedCase(api, world.agent, world.pass.id, '2026-04-03T08:10:00+09:00');
    const paymentId = await recordPaymentVia(api, world.agent, opened.id);
    const refusal = await refusedWithoutWrites(watching(world, opened.id), () =>
      api.run('mutation ($id: ID!) { requestPaymentCancellation(onsitePaymentId: $id) { id } }', { id: paymentId }, world.agent),
    );
    expect(refusal.code).toBe('POLICY_DENIED');
    expect(refusal.message).toContain('영수증');
  });
});

describe('a write that conflicts with the case’s state is a CONFLICT', () => {
  const CASE_WRITES = operations(
    'verifyIdentity',
    'linkDuplicate',
    'requestExit',
    'requestRegistration',
    'recordOnsitePayment',
    'requestPaymentCancellation',
    'recordGuidance',
    'issueCompensationCoupon',
    'proposeRefund',
    'resolveCase',
    'reclassifyCase',
    'recordFirstResponse',
    'recordIdentityUnconfirmed',
  );
  // verifyIdentity and recordIdentityUnconfirmed need a caller still to verify, else "already verified" would answer.
  const targetFor = (name: string, kind: Kind) =>
    makeTarget(api, handle.db, world, { kind }, { verified: name !== 'verifyIdentity' && name !== 'recordIdentityUnconfirmed' });

  it.each(CASE_WRITES)('%s on a RESOLVED case is a CONFLICT and writes nothing', async (name, op) => {
    const target = await targetFor(name, op.kind);
    const resolved = await api.run(
      'mutation ($id: ID!) { resolveCase(caseId: $id, outcome: "종결") { version } }',
      { id: target.caseId },
      world.agent,
    );
    expect(resolved.errors).toBeUndefined();
    const current = { ...target, version: await currentVersion(handle.db, target.caseId) };
    const refusal = await refusedWithoutWrites(watching(world, target.caseId, target.earlierCaseId), () =>
      api.run(op.document, op.variables(current), world.agent),
    );
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.message).toContain('종결');
  });

  it.each(CASE_WRITES)('%s with a stale expectedVersion is a CONFLICT and writes nothing', async (name, op) => {
    const target = await targetFor(name, op.kind);
    const stale = { ...target, version: (target.version ?? 2) - 1 };
    const refusal = await refusedWithoutWrites(watching(world, target.caseId, target.earlierCaseId), () =>
      api.run(op.document, op.variables(stale), world.agent),
    );
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.message).toContain('먼저 변경');
  });

  it.each([
    ['requestExit while one is still open', 'mutation ($id: ID!) { requestExit(caseId: $id) { id } }', 'OPERATOR_OMISSION', true],
    [
      'requestRegistration while one is still open',
      'mutation ($id: ID!) { requestRegistration(caseId: $id) { id } }',
      'OPERATOR_OMISSION',
      true,
    ],
    ['proposeRefund while one awaits a decision', refund('basis: CONSUMER_AGENCY, usedDays: 7'), 'REFUND_CLAIM', true],
    ['verifyIdentity of the same caller', 'mutation ($id: ID!) { verifyIdentity(caseId: $id) { id } }', 'OPERATOR_OMISSION', false],
  ] as const)('a second %s is a CONFLICT and writes nothing', async (_rule, document, kind, verified) => {
    const target = await makeTarget(api, handle.db, world, { kind }, { verified });
    expect((await api.run(document, { id: target.caseId }, world.agent)).errors).toBeUndefined();
    const refusal = await refusedWithoutWrites(watching(world, target.caseId), () => api.run(document, { id: target.caseId }, world.agent));
    expect(refusal.code).toBe('CONFLICT');
  });

  it('a second requestPaymentCancellation of the same payment is a CONFLICT and writes nothing', async () => {
    const target = await makeTarget(api, handle.db, world, { kind: 'OPERATOR_OMISSION' });
    const cancel = 'mutation ($id: ID!) { requestPaymentCancellation(onsitePaymentId: $id) { cancellationRequested } }';
    expect((await api.run(cancel, { id: target.paymentId }, world.agent)).data?.requestPaymentCancellation).toEqual({
      cancellationRequested: true,
    });
    const refusal = await refusedWithoutWrites(watching(world, target.caseId), () =>
      api.run(cancel, { id: target.paymentId }, world.agent),
    );
    expect(refusal.code).toBe('CONFLICT');
  });
});
