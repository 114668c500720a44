import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { auditLog, cases, coupons, policyVersions, refunds, users } from '@/db/schema';
import { kstMonthOf } from '@/lib/domain/kst-month';
import { testServerUrl } from '../fixtures/database-url';
import { openTestDatabase } from '../fixtures/test-api';
import { makeWorld, type World } from '../fixtures/world';

let handle: DatabaseHandle;
let world: World;
let caseId: string;

beforeAll(async () => {
  handle = await openTestDatabase();
  world = await makeWorld(handle.db);
  const incidentAt = new Date('2026-04-10T08:00:00+09:00');
  const [row] = await handle.db
    .insert(cases)
    .values({
      code: `VOC-TEST-${world.pass.id.slice(0, 8)}`,
      customerId: world.customer.id,
      passId: world.pass.id,
      lotId: world.lotA.id,
      agentId: world.agent.id,
      kind: 'OPERATOR_OMISSION',
      incidentAt,
      incidentMonth: kstMonthOf(incidentAt),
    })
    .returning();
  caseId = row?.id ?? '';
});
afterAll(() => handle.close());

/** The SQLSTATE of a failed statement (drizzle keeps the driver's error as the cause). */
async function sqlState(statement: Promise<unknown>): Promise<string | undefined> {
  try {
    await statement;
    return undefined;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return cause?.code ?? (error as { code?: string }).code;
  }
}

describe('the database', () => {
  it.runIf(testServerUrl())('is the PostgreSQL server the run was given, not PGlite', async () => {
    expect(handle.driver).toBe('pg');
    const result = await handle.db.execute(sql`SELECT current_database() AS name`);
    expect(String((result as unknown as { rows: { name: string }[] }).rows[0]?.name)).toMatch(/^cs_test_/);
  });

  it('starts with the 2024-07-26 compensation policy', async () => {
    const [policy] = await handle.db.select().from(policyVersions).orderBy(policyVersions.effectiveFrom).limit(1);
    expect(policy).toMatchObject({ couponAmount: 3000, repeatThreshold: 2, couponsPerMonth: 1 });
    expect(policy?.effectiveFrom.toISOString()).toBe('2024-07-25T15:00:00.000Z');
  });
});

describe('invariants the database keeps by itself', () => {
  it('one compensation coupon per customer per KST month: a second is a unique violation', async () => {
    const coupon = { customerId: world.customer.id, caseId, amount: 3000, month: '2026-04', slot: 1 };
    await handle.db.insert(coupons).values(coupon);
    expect(await sqlState(handle.db.insert(coupons).values(coupon))).toBe('23505');
    const rows = await handle.db.select().from(coupons).where(eq(coupons.customerId, world.customer.id));
    expect(rows).toHaveLength(1);
  });

  it.each([
    ['used days above the available days', { usedDays: 31, amount: 0 }],
    ['a negative amount', { usedDays: 1, amount: -1 }],
    ['an amount above what was paid', { usedDays: 1, amount: 150_001 }],
  ])('a refund with %s is a CHECK violation', async (_what, values) => {
    const refund = { caseId, passId: world.pass.id, basis: 'CONSUMER_AGENCY' as const, paid: 150_000, availableDays: 30, ...values };
    expect(await sqlState(handle.db.insert(refunds).values(refund))).toBe('23514');
  });

  it('an operator account without an operator is a CHECK violation', async () => {
    const statement = handle.db.insert(users).values({ name: 'x', email: `x-${caseId}@t.local`, passwordHash: 'x', role: 'OPERATOR' });
    expect(await sqlState(statement)).toBe('23514');
  });

  it('a case cannot be a duplicate of itself', async () => {
    expect(await sqlState(handle.db.update(cases).set({ duplicateOfId: caseId }).where(eq(cases.id, caseId)))).toBe('23514');
  });

  it('the access log refuses updates and deletes', async () => {
    await handle.db.insert(auditLog).values({ action: 'TEST', subjectType: 'Case', subjectId: caseId });
    expect(await sqlState(handle.db.update(auditLog).set({ action: 'CHANGED' }).where(eq(auditLog.subjectId, caseId)))).toBe('42501');
    expect(await sqlState(handle.db.delete(auditLog).where(eq(auditLog.subjectId, caseId)))).toBe('42501');
  });
});
