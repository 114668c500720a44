import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCaseVia } from '../fixtures/case-api';
import { makeTarget, operations, OPERATIONS, type CaseOperation, type Target } from '../fixtures/case-operations';
import { useIntegrationWorld } from '../fixtures/integration';
import { makeRefusalProbe } from '../fixtures/refusal-probe';
import type { World } from '../fixtures/world';

// The gates every case operation passes first: the caller's identity, the viewer's role,
// and ids that exist. Input, policy and conflict refusals are in case-refusals-rules.test.ts,
// duplicate links in case-refusals-duplicates.test.ts.

const { handle, api, world } = await useIntegrationWorld();
let refusedWithoutWrites: ReturnType<typeof makeRefusalProbe>;

beforeAll(async () => {
  refusedWithoutWrites = makeRefusalProbe(handle.db, api);
});

/** Everything but opening, verifying and closing waits for the caller's identity. */
const NEEDS_VERIFIED_CALLER = operations(
  'linkDuplicate',
  'requestExit',
  'requestRegistration',
  'recordOnsitePayment',
  'requestPaymentCancellation',
  'recordGuidance',
  'issueCompensationCoupon',
  'proposeRefund',
  'recordFirstResponse',
);
const AGENT_MUTATIONS = [
  ...operations('openCase', 'verifyIdentity'),
  ...NEEDS_VERIFIED_CALLER,
  ...operations('resolveCase', 'recordIdentityUnconfirmed'),
];
// reclassifyCase is a manager's too (at any time); an agent's waits for the caller's identity.
const EVERY_OPERATION = [...AGENT_MUTATIONS, ...operations('reclassifyCase', 'refundQuote')];

const targetFor = (op: CaseOperation, options?: { verified: boolean }) => makeTarget(api, handle.db, world, op, options);
const watching = (target: Target) => ({ worlds: [world], caseIds: [target.caseId, target.earlierCaseId] });

describe('identity first: before 본인 확인 a case can only be verified or closed', () => {
  it.each([...NEEDS_VERIFIED_CALLER, ...operations('reclassifyCase')])(
    '%s before identity verification is POLICY_DENIED naming 본인 확인 and writes nothing',
    async (_name, op) => {
      const target = await targetFor(op, { verified: false });
      const refusal = await refusedWithoutWrites(watching(target), () => api.run(op.document, op.variables(target), world.agent));
      expect(refusal.code).toBe('POLICY_DENIED');
      expect(refusal.message).toContain('본인 확인');
    },
  );

  it('resolveCase on an unverified case is allowed: a caller who is not the account holder can be closed', async () => {
    const opened = await openCaseVia(api, world.agent, world.pass.id, '2026-04-04T10:00:00+09:00');
    const result = await api.run(
      'mutation ($id: ID!) { resolveCase(caseId: $id, outcome: "본인 아님, 종결") { status identityVerified } }',
      { id: opened.id },
      world.agent,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.resolveCase).toEqual({ status: 'RESOLVED', identityVerified: false });
  });
});

describe('roles: the agent’s flow belongs to agents', () => {
  const byStaff = AGENT_MUTATIONS.flatMap(([name, op]) => [
    ['an OPERATOR', name, op, (w: World) => w.operatorUserA] as const,
    ['a MANAGER', name, op, (w: World) => w.manager] as const,
  ]);

  it.each(byStaff)('%s calling %s is FORBIDDEN and writes nothing', async (_who, _name, op, viewerOf) => {
    const target = await targetFor(op);
    const refusal = await refusedWithoutWrites(watching(target), () => api.run(op.document, op.variables(target), viewerOf(world)));
    expect(refusal.code).toBe('FORBIDDEN');
  });

  it('refundQuote as an OPERATOR is FORBIDDEN (desk staff only)', async () => {
    const op = OPERATIONS.refundQuote;
    const target = await targetFor(op);
    const refusal = await refusedWithoutWrites(watching(target), () => api.run(op.document, op.variables(target), world.operatorUserA));
    expect(refusal.code).toBe('FORBIDDEN');
  });

  it.each(EVERY_OPERATION)('%s without a session is UNAUTHENTICATED and writes nothing', async (_name, op) => {
    const target = await targetFor(op);
    const refusal = await refusedWithoutWrites(watching(target), () => api.run(op.document, op.variables(target), null));
    expect(refusal.code).toBe('UNAUTHENTICATED');
  });
});

describe('ids: an unknown id is NOT_FOUND, a malformed one is BAD_USER_INPUT naming the argument', () => {
  it.each(EVERY_OPERATION)('%s on an unknown id is NOT_FOUND and writes nothing', async (_name, op) => {
    const target = await targetFor(op);
    const unknown = { ...target, [op.idOf]: randomUUID() };
    const refusal = await refusedWithoutWrites(watching(target), () => api.run(op.document, op.variables(unknown), world.agent));
    expect(refusal.code).toBe('NOT_FOUND');
  });

  it.each(EVERY_OPERATION)('%s on a malformed id is BAD_USER_INPUT naming the id argument and writes nothing', async (_name, op) => {
    const target = await targetFor(op);
    const malformed = { ...target, [op.idOf]: 'VOC-260403-000001' };
    const refusal = await refusedWithoutWrites(watching(target), () => api.run(op.document, op.variables(malformed), world.agent));
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.field).toBe(op.idArg);
    expect(refusal.message).toContain(op.idArg);
  });

  it('linkDuplicate to an unknown original is NOT_FOUND naming ofCaseId and writes nothing', async () => {
    const op = OPERATIONS.linkDuplicate;
    const target = await targetFor(op);
    const refusal = await refusedWithoutWrites(watching(target), () =>
      api.run(op.document, op.variables({ ...target, earlierCaseId: randomUUID() }), world.agent),
    );
    expect(refusal.code).toBe('NOT_FOUND');
    expect(refusal.message).toContain('ofCaseId');
  });

  it('linkDuplicate to a malformed original id is BAD_USER_INPUT naming ofCaseId and writes nothing', async () => {
    const op = OPERATIONS.linkDuplicate;
    const target = await targetFor(op);
    const refusal = await refusedWithoutWrites(watching(target), () =>
      api.run(op.document, op.variables({ ...target, earlierCaseId: 'not-a-case' }), world.agent),
    );
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.field).toBe('ofCaseId');
  });
});
