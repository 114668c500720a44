import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, inArray } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { caseEvents, cases } from '@/db/schema';
import { formatCaseCode } from '@/lib/domain/case-code';
import { kstMonthOf } from '@/lib/domain/kst-month';
import { createTestApi, openTestDatabase } from '../fixtures/test-api';
import { makeUser, makeWorld, type World } from '../fixtures/world';

let handle: DatabaseHandle;
let api: ReturnType<typeof createTestApi>;
let world: World;

const PAGE = 50;
const MATCHING = 3 * PAGE + 7; // more than three pages of the case list

beforeAll(async () => {
  handle = await openTestDatabase();
  api = createTestApi(handle);
  world = await makeWorld(handle.db);
});
afterAll(() => handle.close());

/** Cases written straight to the table: `n` at a lot, spread over April 2026. */
async function insertCases(w: World, lotId: string, passId: string, n: number, tag: string) {
  const rows = Array.from({ length: n }, (_, i) => {
    const incidentAt = new Date(Date.UTC(2026, 3, 1 + (i % 28), 1, i % 60));
    return {
      code: `${formatCaseCode(incidentAt, i + 1)}-${tag}`,
      customerId: w.customer.id,
      passId,
      lotId,
      agentId: w.agent.id,
      kind: 'OPERATOR_OMISSION' as const,
      incidentAt,
      incidentMonth: kstMonthOf(incidentAt),
    };
  });
  return (await handle.db.insert(cases).values(rows).returning({ id: cases.id })).map((r) => r.id);
}

const REASSIGN = `mutation ($filter: CaseFilter!, $agentId: ID!, $expected: Int!) {
  bulkReassignCases(filter: $filter, agentId: $agentId, expectedCount: $expected) { matched changed }
}`;

describe('bulk: reassign every case matching a filter', () => {
  it('reassigns all matching cases across more than three pages, and no other case', async () => {
    const tag = world.pass.id.slice(0, 6);
    const matching = await insertCases(world, world.lotA.id, world.pass.id, MATCHING, `${tag}a`);
    const others = await insertCases(world, world.lotB.id, world.pass.id, 20, `${tag}b`);
    const newAgent = await makeUser(handle.db, 'AGENT');
    const filter = { lotId: world.lotA.id, month: '2026-04' };

    const listed = await api.run('query ($f: CaseFilter) { cases(filter: $f, first: 50) { totalCount pageInfo { hasNextPage } } }', { f: filter }, world.manager);
    expect(listed.data?.cases).toMatchObject({ totalCount: MATCHING, pageInfo: { hasNextPage: true } });

    const result = await api.run(REASSIGN, { filter, agentId: newAgent.id, expected: MATCHING }, world.manager);
    expect(result.errors).toBeUndefined();
    expect(result.data?.bulkReassignCases).toEqual({ matched: MATCHING, changed: MATCHING });

    const moved = await handle.db.select({ agentId: cases.agentId }).from(cases).where(inArray(cases.id, matching));
    expect(moved.every((row) => row.agentId === newAgent.id)).toBe(true);
    const untouched = await handle.db.select({ agentId: cases.agentId }).from(cases).where(inArray(cases.id, others));
    expect(untouched.every((row) => row.agentId === world.agent.id)).toBe(true);
    const [events] = await handle.db
      .select({ n: count() })
      .from(caseEvents)
      .where(and(inArray(caseEvents.caseId, matching), eq(caseEvents.type, 'CASE_REASSIGNED')));
    expect(events?.n).toBe(MATCHING);
  });

  it('a count that no longer matches is a CONFLICT and changes nothing', async () => {
    const w = await makeWorld(handle.db);
    const ids = await insertCases(w, w.lotA.id, w.pass.id, 5, w.pass.id.slice(0, 6));
    const other = await makeUser(handle.db, 'AGENT');
    const result = await api.run(REASSIGN, { filter: { lotId: w.lotA.id }, agentId: other.id, expected: 4 }, w.manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const rows = await handle.db.select({ agentId: cases.agentId }).from(cases).where(inArray(cases.id, ids));
    expect(rows.every((row) => row.agentId === w.agent.id)).toBe(true);
  });

  it.each([
    ['an agent', () => world.agent, 'FORBIDDEN'],
    ['an operator', () => world.operatorUserA, 'FORBIDDEN'],
    ['nobody', () => null, 'UNAUTHENTICATED'],
  ])('bulkReassignCases by %s is %s', async (_who, viewer, code) => {
    const result = await api.run(REASSIGN, { filter: { lotId: world.lotA.id }, agentId: world.agent.id, expected: 1 }, viewer());
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });

  it('the new owner must be an active agent', async () => {
    const result = await api.run(REASSIGN, { filter: { lotId: world.lotA.id }, agentId: world.manager.id, expected: 1 }, world.manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('agentId');
  });
});
