import { randomUUID } from 'node:crypto';
import { and, count, eq, inArray, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cases, coupons, exitRequests, idempotencyKeys, onsitePayments, refunds, registrationRequests, type UserRow } from '@/db/schema';
import { OPEN_CASE, openCaseVia, openVerifiedCase } from '../fixtures/case-api';
import { useIntegrationApi } from '../fixtures/integration';
import type { GraphQLResult } from '../fixtures/test-api';
import { makeUser, makeWorld, type World } from '../fixtures/world';
import type { TestOpenCaseMutationVariables } from '../generated/graphql';

// The Idempotency-Key header on the six creating mutations: a retry returns the first answer
// and writes nothing; the same key with other input is a CONFLICT; keys are per actor.

const { handle, api } = await useIntegrationApi();

const newKey = () => `test-${randomUUID()}`;
const APRIL = (day: number, hour = 9) => `2026-04-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+09:00`;

async function rows(table: PgTable, where: SQL | undefined): Promise<number> {
  const [row] = await handle.db.select({ n: count() }).from(table).where(where);
  return row?.n ?? 0;
}
const keyRows = (actor: UserRow, key: string) =>
  rows(idempotencyKeys, and(eq(idempotencyKeys.actorId, actor.id), eq(idempotencyKeys.key, key)));

/** A creating mutation, arguments for it and for a different request, and what it creates. */
interface Creating {
  name: string;
  document: string | DocumentNode;
  variables: Record<string, unknown>;
  otherVariables: Record<string, unknown>;
  created: () => Promise<number>;
}

const onCase = (name: string) => `mutation ($id: ID!, $v: Int) { ${name}(caseId: $id, expectedVersion: $v) { id } }`;

/** Two verified omission cases of the world's customer in April. */
async function twoCases(w: World) {
  const first = await openVerifiedCase(api, w.agent, w.pass.id, APRIL(2));
  const second = await openVerifiedCase(api, w.agent, w.pass.id, APRIL(9));
  return { first, second, ids: [first.id, second.id] };
}

const SETUPS: Record<string, (w: World) => Promise<Creating>> = {
  openCase: async (w) => ({
    name: 'openCase',
    document: OPEN_CASE,
    variables: { input: { passId: w.pass.id, kind: 'OPERATOR_OMISSION', incidentAt: APRIL(10) } },
    otherVariables: { input: { passId: w.pass.id, kind: 'OPERATOR_OMISSION', incidentAt: APRIL(11) } },
    created: () => rows(cases, eq(cases.passId, w.pass.id)),
  }),
  requestExit: async (w) => {
    const { first, second, ids } = await twoCases(w);
    return {
      name: 'requestExit',
      document: onCase('requestExit'),
      variables: { id: second.id, v: second.version },
      otherVariables: { id: first.id, v: first.version },
      created: () => rows(exitRequests, inArray(exitRequests.caseId, ids)),
    };
  },
  requestRegistration: async (w) => {
    const { first, second, ids } = await twoCases(w);
    return {
      name: 'requestRegistration',
      document: onCase('requestRegistration'),
      variables: { id: second.id, v: second.version },
      otherVariables: { id: first.id, v: first.version },
      created: () => rows(registrationRequests, inArray(registrationRequests.caseId, ids)),
    };
  },
  recordOnsitePayment: async (w) => {
    const { second } = await twoCases(w);
    return {
      name: 'recordOnsitePayment',
      document:
        'mutation ($id: ID!, $amount: Int!) { recordOnsitePayment(caseId: $id, amount: $amount, paidAt: "2026-04-09T09:20:00+09:00") { id } }',
      variables: { id: second.id, amount: 4500 },
      otherVariables: { id: second.id, amount: 5500 },
      created: () => rows(onsitePayments, eq(onsitePayments.caseId, second.id)),
    };
  },
  issueCompensationCoupon: async (w) => {
    const { first, second } = await twoCases(w);
    return {
      name: 'issueCompensationCoupon',
      document: onCase('issueCompensationCoupon'),
      variables: { id: second.id },
      otherVariables: { id: first.id },
      created: () => rows(coupons, eq(coupons.customerId, w.customer.id)),
    };
  },
  proposeRefund: async (w) => {
    const claim = await openVerifiedCase(api, w.agent, w.pass.id, APRIL(12), 'REFUND_CLAIM');
    return {
      name: 'proposeRefund',
      document: 'mutation ($id: ID!, $amount: Int) { proposeRefund(caseId: $id, basis: COMPANY_POLICY, amount: $amount) { id } }',
      variables: { id: claim.id, amount: 10_000 },
      otherVariables: { id: claim.id, amount: 20_000 },
      created: () => rows(refunds, eq(refunds.caseId, claim.id)),
    };
  },
};

/**
 * The id a creating mutation answered with. The table runs six mutations through one loose
 * `document`, so the answer is read without a type: found by its field, checked, not cast.
 */
function idOf(result: GraphQLResult<object>, name: string): string | undefined {
  const answer: unknown = Object.entries(result.data ?? {}).find(([field]) => field === name)?.[1];
  return typeof answer === 'object' && answer !== null && 'id' in answer && typeof answer.id === 'string' ? answer.id : undefined;
}

describe('Idempotency-Key on the creating mutations', () => {
  it.each(Object.keys(SETUPS))('%s: same key and input → the first result, nothing new; other input → CONFLICT', async (name) => {
    const w = await makeWorld(handle.db);
    const op = await SETUPS[name]!(w);
    const key = newKey();
    const before = await op.created();

    const first = await api.run(op.document, op.variables, w.agent, { idempotencyKey: key });
    expect(first.errors).toBeUndefined();
    const again = await api.run(op.document, op.variables, w.agent, { idempotencyKey: key });
    expect(again.errors).toBeUndefined();
    expect(idOf(again, name)).toBe(idOf(first, name));
    expect(await op.created()).toBe(before + 1);
    expect(await keyRows(w.agent, key)).toBe(1);

    const other = await api.run(op.document, op.otherVariables, w.agent, { idempotencyKey: key });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
    expect(await op.created()).toBe(before + 1);
    expect(await keyRows(w.agent, key)).toBe(1);
  });

  it('20 concurrent openCase calls with one key create one case and all answer with it', async () => {
    const w = await makeWorld(handle.db);
    const key = newKey();
    const variables: TestOpenCaseMutationVariables = { input: { passId: w.pass.id, kind: 'OPERATOR_OMISSION', incidentAt: APRIL(14) } };
    const results = await Promise.all(Array.from({ length: 20 }, () => api.run(OPEN_CASE, variables, w.agent, { idempotencyKey: key })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => idOf(r, 'openCase'))).size).toBe(1);
    expect(await rows(cases, eq(cases.passId, w.pass.id))).toBe(1);
    expect(await keyRows(w.agent, key)).toBe(1);
  });

  it('20 concurrent coupon calls with one key issue one coupon and none is refused', async () => {
    const w = await makeWorld(handle.db);
    const { second } = await twoCases(w);
    const key = newKey();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => api.run(onCase('issueCompensationCoupon'), { id: second.id }, w.agent, { idempotencyKey: key })),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => idOf(r, 'issueCompensationCoupon'))).size).toBe(1);
    expect(await rows(coupons, eq(coupons.customerId, w.customer.id))).toBe(1);
  });

  it('keys are per actor: another agent’s same key and input create their own case', async () => {
    const w = await makeWorld(handle.db);
    const otherAgent = await makeUser(handle.db, 'AGENT');
    const key = newKey();
    const variables: TestOpenCaseMutationVariables = { input: { passId: w.pass.id, kind: 'OPERATOR_OMISSION', incidentAt: APRIL(15) } };
    const mine = await api.run(OPEN_CASE, variables, w.agent, { idempotencyKey: key });
    const theirs = await api.run(OPEN_CASE, variables, otherAgent, { idempotencyKey: key });
    expect(idOf(mine, 'openCase')).toBeDefined();
    expect(idOf(theirs, 'openCase')).toBeDefined();
    expect(idOf(theirs, 'openCase')).not.toBe(idOf(mine, 'openCase'));
    expect(await rows(cases, eq(cases.passId, w.pass.id))).toBe(2);
    expect(await keyRows(w.agent, key)).toBe(1);
    expect(await keyRows(otherAgent, key)).toBe(1);
  });

  it('a key sent to another operation is other input: CONFLICT', async () => {
    const w = await makeWorld(handle.db);
    const { second } = await twoCases(w);
    const key = newKey();
    expect((await api.run(onCase('requestExit'), { id: second.id }, w.agent, { idempotencyKey: key })).errors).toBeUndefined();
    const reused = await api.run(onCase('requestRegistration'), { id: second.id }, w.agent, { idempotencyKey: key });
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await rows(registrationRequests, eq(registrationRequests.caseId, second.id))).toBe(0);
  });

  it('a refused write keeps no key: the same key works once the refusal is lifted', async () => {
    const w = await makeWorld(handle.db);
    const opened = await openCaseVia(api, w.agent, w.pass.id, APRIL(16));
    const key = newKey();
    const refused = await api.run(onCase('requestExit'), { id: opened.id }, w.agent, { idempotencyKey: key });
    expect(refused.errors?.[0]?.extensions?.code).toBe('POLICY_DENIED');
    expect(await keyRows(w.agent, key)).toBe(0);
    await api.run('mutation ($id: ID!) { verifyIdentity(caseId: $id) { id } }', { id: opened.id }, w.agent);
    const accepted = await api.run(onCase('requestExit'), { id: opened.id }, w.agent, { idempotencyKey: key });
    expect(accepted.errors).toBeUndefined();
    expect(await keyRows(w.agent, key)).toBe(1);
  });

  it('without the header nothing changes: two calls open two cases', async () => {
    const w = await makeWorld(handle.db);
    const variables: TestOpenCaseMutationVariables = { input: { passId: w.pass.id, kind: 'OPERATOR_OMISSION', incidentAt: APRIL(17) } };
    const one = await api.run(OPEN_CASE, variables, w.agent);
    const two = await api.run(OPEN_CASE, variables, w.agent);
    expect(idOf(two, 'openCase')).not.toBe(idOf(one, 'openCase'));
    expect(await rows(idempotencyKeys, eq(idempotencyKeys.actorId, w.agent.id))).toBe(0);
  });

  it.each([
    ['too short', 'abc1234'],
    ['too long', 'k'.repeat(129)],
    ['with a space', 'key with space'],
    ['in Hangul', '멱등키멱등키멱등키'],
    ['empty', ''],
  ])('a malformed key (%s) is BAD_USER_INPUT naming Idempotency-Key, and nothing is written', async (_label, key) => {
    const w = await makeWorld(handle.db);
    const variables: TestOpenCaseMutationVariables = { input: { passId: w.pass.id, kind: 'OPERATOR_OMISSION', incidentAt: APRIL(18) } };
    const result = await api.run(OPEN_CASE, variables, w.agent, { idempotencyKey: key });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect(result.errors?.[0]?.message).toContain('Idempotency-Key');
    expect(await rows(cases, eq(cases.passId, w.pass.id))).toBe(0);
  });
});
