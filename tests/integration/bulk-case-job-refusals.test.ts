import { beforeAll, describe, expect, it } from 'vitest';
import { count, eq, inArray } from 'drizzle-orm';
import { bulkJobs, caseEvents } from '@/db/schema';
import { insertCases, JOB, ownersOf, RUN_BATCH, START_JOB } from '../fixtures/bulk-cases';
import { useIntegrationWorld } from '../fixtures/integration';
import { makeUser, makeWorld } from '../fixtures/world';
import { graphql } from '../generated';

const { handle, api, world } = await useIntegrationWorld();
const DEACTIVATE = graphql(`
  mutation BulkJobDeactivateUser($id: ID!) {
    setUserActive(id: $id, active: false) {
      id
    }
  }
`);
let ids: string[];

beforeAll(async () => {
  ids = await insertCases(handle.db, world, world.lotA.id, 5, world.pass.id.slice(0, 6));
});

/** Jobs this world's people started, and the timeline rows of its cases: both stay 0 on a refusal. */
async function written() {
  const [jobs] = await handle.db
    .select({ n: count() })
    .from(bulkJobs)
    .where(inArray(bulkJobs.createdById, [world.manager.id, world.agent.id, world.operatorUserA.id]));
  const [events] = await handle.db.select({ n: count() }).from(caseEvents).where(inArray(caseEvents.caseId, ids));
  return { jobs: jobs?.n, events: events?.n };
}

describe('bulk job refusals', () => {
  it('a count that no longer matches is a CONFLICT naming the new count, and writes nothing', async () => {
    const other = await makeUser(handle.db, 'AGENT');
    const result = await api.run(START_JOB, { filter: { lotId: world.lotA.id }, expected: 4, reassignTo: other.id }, world.manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toContain('5건');
    expect(result.data).toBeNull();
    expect(await written()).toEqual({ jobs: 0, events: 0 });
    expect((await ownersOf(handle.db, ids)).every((row) => row.agentId === world.agent.id && row.version === 1)).toBe(true);
  });

  it.each([
    ['an agent', () => world.agent, 'FORBIDDEN'],
    ['an operator', () => world.operatorUserA, 'FORBIDDEN'],
    ['nobody', () => null, 'UNAUTHENTICATED'],
  ])('starting a job as %s is %s and writes nothing', async (_who, viewer, code) => {
    const result = await api.run(START_JOB, { filter: { lotId: world.lotA.id }, expected: 5, note: '메모' }, viewer());
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.data).toBeNull();
    expect(await written()).toEqual({ jobs: 0, events: 0 });
  });

  it('an agent or operator can neither run nor read a manager’s job', async () => {
    const w = await makeWorld(handle.db);
    const mine = await insertCases(handle.db, w, w.lotA.id, 2, w.pass.id.slice(0, 6));
    const started = await api.run(START_JOB, { filter: { lotId: w.lotA.id }, expected: 2, note: '확인 필요' }, w.manager);
    const id = started.data!.startBulkCaseJob.id;
    for (const viewer of [w.agent, w.operatorUserA]) {
      const run = await api.run(RUN_BATCH, { id }, viewer);
      expect(run.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const read = await api.run(JOB, { id }, viewer);
      expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(read.data?.bulkCaseJob ?? null).toBeNull();
    }
    const [job] = await handle.db.select().from(bulkJobs).where(eq(bulkJobs.id, id));
    expect(job).toMatchObject({ done: 0, status: 'RUNNING' });
    const [events] = await handle.db.select({ n: count() }).from(caseEvents).where(inArray(caseEvents.caseId, mine));
    expect(events?.n).toBe(0);
  });

  it.each([
    ['neither a new agent nor a note', {}, 'reassignTo'],
    ['both a new agent and a note', { reassignTo: 'AGENT', note: '메모' }, 'note'],
    ['a blank note', { note: '   ' }, 'note'],
    ['a note over 1,000 characters', { note: '가'.repeat(1001) }, 'note'],
    ['a manager as the new owner', { reassignTo: 'MANAGER' }, 'reassignTo'],
    ['an inactive agent as the new owner', { reassignTo: 'INACTIVE' }, 'reassignTo'],
    ['a malformed agent id', { reassignTo: 'not-an-id' }, 'reassignTo'],
    ['a count of zero', { note: '메모', expected: 0 }, 'expectedCount'],
  ] as const)('%s is BAD_USER_INPUT naming %s', async (_case, change, field) => {
    const inactive = await makeUser(handle.db, 'AGENT');
    await api.run(DEACTIVATE, { id: inactive.id }, world.manager);
    const owners: Record<string, string> = { AGENT: world.agent.id, MANAGER: world.manager.id, INACTIVE: inactive.id };
    const { reassignTo, expected, ...rest } = change as { reassignTo?: string; expected?: number; note?: string };
    const variables = {
      filter: { lotId: world.lotA.id },
      expected: expected ?? 5,
      reassignTo: reassignTo ? (owners[reassignTo] ?? reassignTo) : null,
      ...rest,
    };
    const result = await api.run(START_JOB, variables, world.manager);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).toMatch(new RegExp(`^${field}: `));
    expect(await written()).toEqual({ jobs: 0, events: 0 });
  });

  it('running or reading a job that is not there', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const run = await api.run(RUN_BATCH, { id: missing }, world.manager);
    expect(run.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const read = await api.run(JOB, { id: missing }, world.manager);
    expect(read.errors).toBeUndefined();
    expect(read.data?.bulkCaseJob).toBeNull();
    const bad = await api.run(RUN_BATCH, { id: 'abc' }, world.manager);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
