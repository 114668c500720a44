import { describe, expect, it } from 'vitest';
import { and, count, eq, inArray } from 'drizzle-orm';
import { auditLog, passes, policyVersions, responseTargets, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { kstDateOf } from '@/lib/domain/kst-month';
import { addPolicyVersion } from '@/lib/services/compensation/add-policy-version';
import { resumeSession } from '@/lib/services/accounts/resume-session';
import { signIn } from '@/lib/services/accounts/sign-in';
import { openCaseVia } from '../fixtures/case-api';
import { useIntegrationWorld } from '../fixtures/integration';
import { makeWorld, type World } from '../fixtures/world';
import { graphql } from '../generated';
import type { PolicyVersionInput } from '../generated/graphql';

// Policy versions, staff accounts and operators' response targets (MANAGER only).
// Refund decisions are in administration-refunds.test.ts.

const { handle, api, world } = await useIntegrationWorld();

const ADD_POLICY = graphql(`
  mutation AdminAddPolicy($input: PolicyVersionInput!) {
    addPolicyVersion(input: $input) {
      id
      effectiveFrom
      couponAmount
      repeatThreshold
      couponsPerMonth
      note
      createdBy {
        id
      }
    }
  }
`);
const SET_ACTIVE = graphql(`
  mutation AdminSetActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) {
      id
      active
    }
  }
`);
const SET_TARGETS = graphql(`
  mutation AdminSetTargets($operatorId: ID!, $exit: Int!, $registration: Int!) {
    setResponseTargets(operatorId: $operatorId, exitAckMinutes: $exit, registrationConfirmMinutes: $registration) {
      operator {
        id
      }
      exitAckMinutes
      registrationConfirmMinutes
      isDefault
    }
  }
`);
const TARGETS = graphql(`
  query AdminTargets {
    responseTargets {
      operator {
        id
        name
      }
      exitAckMinutes
      registrationConfirmMinutes
      isDefault
    }
  }
`);
const COUPON_AMOUNT = graphql(`
  query AdminCouponAmount($id: ID!) {
    case(id: $id) {
      couponEligibility {
        amount
      }
    }
  }
`);
const POLICY_VERSIONS = graphql(`
  query AdminPolicyVersions {
    policyVersions {
      id
      effectiveFrom
      couponAmount
    }
  }
`);
const USERS = graphql(`
  query AdminUsers {
    users {
      id
      role
      active
      operator {
        id
      }
    }
  }
`);

const policyInput = (overrides: Partial<PolicyVersionInput> = {}): PolicyVersionInput => ({
  effectiveFrom: '2099-01-01',
  couponAmount: 5000,
  repeatThreshold: 2,
  couponsPerMonth: 1,
  note: '쿠폰 5,000원 상향',
  ...overrides,
});

const ROLE_REFUSALS = [
  ['agent', 'FORBIDDEN', (w: World) => w.agent],
  ['operator', 'FORBIDDEN', (w: World) => w.operatorUserA],
  ['anonymous caller', 'UNAUTHENTICATED', () => null],
] as const;

/** What a refused administration write could touch: these tables, and the world's audit entries. */
async function adminCounts() {
  const n = async (rows: PromiseLike<{ n: number }[]>) => (await rows)[0]?.n ?? 0;
  const staff = [world.agent.id, world.manager.id, world.operatorUserA.id, world.operatorUserB.id];
  return {
    policyVersions: await n(handle.db.select({ n: count() }).from(policyVersions)),
    responseTargets: await n(
      handle.db
        .select({ n: count() })
        .from(responseTargets)
        .where(inArray(responseTargets.operatorId, [world.operatorA.id, world.operatorB.id])),
    ),
    staff: await handle.db.select({ id: users.id, active: users.active }).from(users).where(inArray(users.id, staff)).orderBy(users.id),
    audit: await n(handle.db.select({ n: count() }).from(auditLog).where(inArray(auditLog.actorId, staff))),
  };
}

/** Runs an operation that must be refused; checks that it wrote nothing and returns the error. */
async function refused(run: () => ReturnType<typeof api.run>) {
  const before = await adminCounts();
  const result = await run();
  expect(result.errors, `expected a refusal, got ${JSON.stringify(result.data)}`).toBeDefined();
  expect(result.data ?? null).toBeNull();
  expect(await adminCounts()).toEqual(before);
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field, message: error?.message ?? '' };
}

describe('policy versions: a case is judged by the version in force at its incident time', () => {
  it('a 5,000원 version offers 5,000 from 00:00 KST of its date; earlier incidents keep 3,000', async () => {
    // Added straight to the table because addPolicyVersion refuses past dates and incidents
    // cannot be in the future. Integration files share one PostgreSQL database, so the same
    // statement restores 3,000 ten days later: no other file's incidents (2026) see 5,000.
    await handle.db.insert(policyVersions).values([
      {
        effectiveFrom: new Date('2025-03-10T00:00:00+09:00'),
        couponAmount: 5000,
        repeatThreshold: 2,
        couponsPerMonth: 1,
        note: 'test: 5,000',
      },
      {
        effectiveFrom: new Date('2025-03-20T00:00:00+09:00'),
        couponAmount: 3000,
        repeatThreshold: 2,
        couponsPerMonth: 1,
        note: 'test: back to 3,000',
      },
    ]);
    const [pass] = await handle.db
      .insert(passes)
      .values({
        customerId: world.customer.id,
        lotId: world.lotA.id,
        plate: `99가${world.last4}`,
        startsOn: '2025-03-01',
        endsOn: '2025-03-31',
        amountPaid: 120_000,
        availableDays: 31,
      })
      .returning();
    if (!pass) throw new Error('no pass');
    const amountAt = async (incidentAt: string) => {
      const opened = await openCaseVia(api, world.agent, pass.id, incidentAt);
      const result = await api.run(COUPON_AMOUNT, { id: opened.id }, world.agent);
      expect(result.errors).toBeUndefined();
      return result.data!.case!.couponEligibility.amount;
    };
    expect(await amountAt('2025-03-05T10:00:00+09:00')).toBe(3000);
    expect(await amountAt('2025-03-09T23:59:00+09:00')).toBe(3000);
    expect(await amountAt('2025-03-10T00:00:00+09:00')).toBe(5000);
    expect(await amountAt('2025-03-09T15:30:00Z')).toBe(5000); // 2025-03-10 00:30 KST
    expect(await amountAt('2025-03-15T10:00:00+09:00')).toBe(5000);
  });

  it('addPolicyVersion adds a future version from 00:00 KST, audited, listed newest first', async () => {
    const result = await api.run(ADD_POLICY, { input: policyInput() }, world.manager);
    expect(result.errors).toBeUndefined();
    const added = result.data!.addPolicyVersion;
    expect(added).toMatchObject({
      effectiveFrom: '2099-01-01',
      couponAmount: 5000,
      repeatThreshold: 2,
      couponsPerMonth: 1,
      note: '쿠폰 5,000원 상향',
      createdBy: { id: world.manager.id },
    });
    const [row] = await handle.db.select().from(policyVersions).where(eq(policyVersions.id, added.id));
    expect(row?.effectiveFrom.toISOString()).toBe('2098-12-31T15:00:00.000Z');
    const logged = await handle.db.select().from(auditLog).where(eq(auditLog.subjectId, added.id));
    expect(logged.map((e) => [e.action, e.actorId])).toEqual([['ADD_POLICY_VERSION', world.manager.id]]);

    const list = await api.run(POLICY_VERSIONS, {}, world.manager);
    const versions = list.data!.policyVersions;
    expect(versions[0]?.id).toBe(added.id);
    const dates = versions.map((v) => v.effectiveFrom);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(versions.at(-1)).toMatchObject({ effectiveFrom: '2024-07-26', couponAmount: 3000 });
  });

  it('a version may start today (KST) but not yesterday', async () => {
    const now = new Date('2030-05-01T00:30:00+09:00'); // still 2030-04-30 in UTC
    const meta = { clientAddress: null };
    await expect(addPolicyVersion(handle.db, world.manager, meta, policyInput({ effectiveFrom: '2030-04-30' }), now)).rejects.toMatchObject(
      {
        code: 'BAD_USER_INPUT',
        field: 'input.effectiveFrom',
      },
    );
    const row = await addPolicyVersion(handle.db, world.manager, meta, policyInput({ effectiveFrom: '2030-05-01' }), now);
    expect(row.effectiveFrom.toISOString()).toBe('2030-04-30T15:00:00.000Z');
  });

  const yesterday = kstDateOf(new Date(Date.now() - 24 * 60 * 60 * 1000));
  it.each([
    ['an effectiveFrom before today (KST)', { effectiveFrom: yesterday }, 'input.effectiveFrom'],
    ['the date of an existing version', { effectiveFrom: '2024-07-26' }, 'input.effectiveFrom'],
    ['a negative coupon amount', { couponAmount: -1 }, 'input.couponAmount'],
    ['a repeat threshold of 0', { repeatThreshold: 0 }, 'input.repeatThreshold'],
    ['negative coupons per month', { couponsPerMonth: -1 }, 'input.couponsPerMonth'],
    ['a fractional coupon amount', { couponAmount: 2500.5 }, 'input.couponAmount'],
  ])('addPolicyVersion with %s is BAD_USER_INPUT naming the field and writes nothing', async (_what, overrides, field) => {
    const refusal = await refused(() =>
      api.run(ADD_POLICY, { input: policyInput({ effectiveFrom: '2099-06-01', ...overrides }) }, world.manager),
    );
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.message).toContain(field);
  });

  it('addPolicyVersion on a date that already has a version (added earlier) is BAD_USER_INPUT', async () => {
    const first = await api.run(ADD_POLICY, { input: policyInput({ effectiveFrom: '2099-07-01' }) }, world.manager);
    expect(first.errors).toBeUndefined();
    const refusal = await refused(() =>
      api.run(ADD_POLICY, { input: policyInput({ effectiveFrom: '2099-07-01', couponAmount: 4000 }) }, world.manager),
    );
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.effectiveFrom' });
  });

  it('addPolicyVersion with an impossible date is BAD_USER_INPUT', async () => {
    const refusal = await refused(() => api.run(ADD_POLICY, { input: policyInput({ effectiveFrom: '2099-02-30' }) }, world.manager));
    expect(refusal.code).toBe('BAD_USER_INPUT');
  });

  it.each(ROLE_REFUSALS)('addPolicyVersion as %s is %s and writes nothing', async (_who, code, viewer) => {
    const refusal = await refused(() => api.run(ADD_POLICY, { input: policyInput({ effectiveFrom: '2099-08-01' }) }, viewer(world)));
    expect(refusal.code).toBe(code);
  });

  it.each(ROLE_REFUSALS)('policyVersions as %s is %s', async (_who, code, viewer) => {
    const result = await api.run('{ policyVersions { id } }', {}, viewer(world));
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });
});

describe('people: a manager lists and (de)activates accounts', () => {
  it('users lists every account with its active flag', async () => {
    const result = await api.run(USERS, {}, world.manager);
    expect(result.errors).toBeUndefined();
    const list = result.data!.users;
    expect(list.find((u) => u.id === world.operatorUserA.id)).toMatchObject({ active: true, operator: { id: world.operatorA.id } });
    expect(list.map((u) => u.id)).toEqual(expect.arrayContaining([world.agent.id, world.manager.id]));
  });

  it('a deactivated user cannot sign in, their open session stops at its next request, and reactivation restores sign-in', async () => {
    const w = await makeWorld(handle.db);
    const password = 'correct horse battery staple';
    await handle.db
      .update(users)
      .set({ passwordHash: await hashPassword(password) })
      .where(eq(users.id, w.agent.id));
    const signedIn = await signIn(handle.db, { email: w.agent.email, password, clientAddress: null });
    if (signedIn.outcome !== 'SUCCEEDED') throw new Error(`sign-in ${signedIn.outcome}`);
    expect(await resumeSession(handle.db, signedIn.sessionId)).toMatchObject({ id: w.agent.id });

    const off = await api.run(SET_ACTIVE, { id: w.agent.id, active: false }, w.manager);
    expect(off.data?.setUserActive).toEqual({ id: w.agent.id, active: false });
    expect(await signIn(handle.db, { email: w.agent.email, password, clientAddress: null })).toEqual({ outcome: 'FAILED' });
    // The session opened before is checked again at its next request, and is worth nothing.
    const viewer = await resumeSession(handle.db, signedIn.sessionId);
    expect(viewer).toBeNull();
    const next = await api.run('{ serverTime }', {}, viewer);
    expect(next.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const on = await api.run(SET_ACTIVE, { id: w.agent.id, active: true }, w.manager);
    expect(on.data?.setUserActive).toEqual({ id: w.agent.id, active: true });
    expect(await signIn(handle.db, { email: w.agent.email, password, clientAddress: null })).toMatchObject({ outcome: 'SUCCEEDED' });
    const logged = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, w.agent.id), eq(auditLog.actorId, w.manager.id)));
    expect(logged.map((e) => e.action)).toEqual(['DEACTIVATE_USER', 'ACTIVATE_USER']);
  });

  it('a manager cannot deactivate themselves: BAD_USER_INPUT naming id, nothing written', async () => {
    const refusal = await refused(() => api.run(SET_ACTIVE, { id: world.manager.id, active: false }, world.manager));
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('setUserActive of an unknown user is NOT_FOUND; of a malformed id BAD_USER_INPUT naming id', async () => {
    expect(
      (await refused(() => api.run(SET_ACTIVE, { id: '00000000-0000-4000-8000-000000000000', active: false }, world.manager))).code,
    ).toBe('NOT_FOUND');
    expect(await refused(() => api.run(SET_ACTIVE, { id: 'nope', active: false }, world.manager))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
  });

  it.each(ROLE_REFUSALS)('setUserActive as %s is %s and writes nothing', async (_who, code, viewer) => {
    const refusal = await refused(() => api.run(SET_ACTIVE, { id: world.operatorUserB.id, active: false }, viewer(world)));
    expect(refusal.code).toBe(code);
  });

  it.each(ROLE_REFUSALS)('users as %s is %s', async (_who, code, viewer) => {
    const result = await api.run('{ users { id } }', {}, viewer(world));
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });
});

describe('response targets: a manager sets an operator’s own targets', () => {
  it('every operator is listed with its targets in force, the defaults until it has its own', async () => {
    const w = await makeWorld(handle.db);
    const listed = async () => (await api.run(TARGETS, {}, w.manager)).data!.responseTargets;
    expect((await listed()).find((t) => t.operator.id === w.operatorA.id)).toMatchObject({
      exitAckMinutes: 5,
      registrationConfirmMinutes: 1440,
      isDefault: true,
    });

    const set = await api.run(SET_TARGETS, { operatorId: w.operatorA.id, exit: 10, registration: 120 }, w.manager);
    expect(set.errors).toBeUndefined();
    expect(set.data?.setResponseTargets).toEqual({
      operator: { id: w.operatorA.id },
      exitAckMinutes: 10,
      registrationConfirmMinutes: 120,
      isDefault: false,
    });
    const again = await api.run(SET_TARGETS, { operatorId: w.operatorA.id, exit: 7, registration: 60 }, w.manager);
    expect(again.errors).toBeUndefined();

    const after = await listed();
    expect(after.find((t) => t.operator.id === w.operatorA.id)).toMatchObject({
      exitAckMinutes: 7,
      registrationConfirmMinutes: 60,
      isDefault: false,
    });
    expect(after.find((t) => t.operator.id === w.operatorB.id)).toMatchObject({ isDefault: true });
    const rows = await handle.db.select().from(responseTargets).where(eq(responseTargets.operatorId, w.operatorA.id));
    expect(rows).toHaveLength(1);
    const logged = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, w.operatorA.id), eq(auditLog.action, 'SET_RESPONSE_TARGETS')));
    expect(logged).toHaveLength(2);
  });

  it.each([
    ['exitAckMinutes 0', { exit: 0, registration: 60 }, 'exitAckMinutes'],
    ['registrationConfirmMinutes -5', { exit: 5, registration: -5 }, 'registrationConfirmMinutes'],
  ])('setResponseTargets with %s is BAD_USER_INPUT naming the field and writes nothing', async (_what, values, field) => {
    const refusal = await refused(() => api.run(SET_TARGETS, { operatorId: world.operatorA.id, ...values }, world.manager));
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('setResponseTargets of an unknown operator is NOT_FOUND', async () => {
    const refusal = await refused(() =>
      api.run(SET_TARGETS, { operatorId: '00000000-0000-4000-8000-000000000000', exit: 5, registration: 60 }, world.manager),
    );
    expect(refusal).toMatchObject({ code: 'NOT_FOUND', field: 'operatorId' });
  });

  it.each(ROLE_REFUSALS)('setResponseTargets as %s is %s and writes nothing', async (_who, code, viewer) => {
    const refusal = await refused(() => api.run(SET_TARGETS, { operatorId: world.operatorA.id, exit: 1, registration: 1 }, viewer(world)));
    expect(refusal.code).toBe(code);
  });

  it.each(ROLE_REFUSALS)('responseTargets as %s is %s', async (_who, code, viewer) => {
    const result = await api.run(TARGETS, {}, viewer(world));
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });
});
