import { describe, expect, it } from 'vitest';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { caseEvents, cases } from '@/db/schema';
import { runBulkCaseJobBatch } from '@/lib/services/cases/run-bulk-case-job-batch';
import { startBulkCaseJob } from '@/lib/services/cases/start-bulk-case-job';
import { insertCases, JOB, ownersOf, RUN_BATCH, START_JOB } from '../fixtures/bulk-cases';
import { useIntegrationWorld } from '../fixtures/integration';
import { makeUser, makeWorld } from '../fixtures/world';
import { graphql } from '../generated';

const { handle, api, world } = await useIntegrationWorld();

const LIST = graphql(`
  query BulkJobCountCases($f: CaseFilter) {
    cases(filter: $f, first: 50) {
      totalCount
      pageInfo {
        hasNextPage
      }
    }
  }
`);
const TIMELINE = graphql(`
  query BulkJobCaseTimeline($id: ID!) {
    case(id: $id) {
      timeline {
        type
        detail
      }
    }
  }
`);

const PAGE = 50;
// More than three pages of the case list and more than one batch of 200.
const MATCHING = 5 * PAGE + 7;

async function eventsOf(ids: string[], type: string) {
  return handle.db
    .select({ caseId: caseEvents.caseId, detail: caseEvents.detail, actorId: caseEvents.actorId })
    .from(caseEvents)
    .where(and(inArray(caseEvents.caseId, ids), eq(caseEvents.type, type)));
}

describe('bulk job: reassign every case matching a filter', () => {
  it('reassigns all matching cases across more than three pages in batches of 200, and no other case', async () => {
    const tag = world.pass.id.slice(0, 6);
    const matching = await insertCases(handle.db, world, world.lotA.id, MATCHING, `${tag}a`);
    const otherLot = await insertCases(handle.db, world, world.lotB.id, 20, `${tag}b`);
    const otherMonth = await insertCases(handle.db, world, world.lotA.id, 5, `${tag}c`, 5);
    const others = [...otherLot, ...otherMonth];
    const newAgent = await makeUser(handle.db, 'AGENT');
    const filter = { lotId: world.lotA.id, month: '2026-04' };

    const listed = await api.run(LIST, { f: filter }, world.manager);
    expect(listed.data?.cases).toMatchObject({ totalCount: MATCHING, pageInfo: { hasNextPage: true } });

    const started = await api.run(START_JOB, { filter, expected: MATCHING, reassignTo: newAgent.id }, world.manager);
    expect(started.errors).toBeUndefined();
    const job = started.data!.startBulkCaseJob;
    expect(job).toMatchObject({ action: 'REASSIGN', total: MATCHING, done: 0, status: 'RUNNING' });
    // Starting changes no case yet: the batches do.
    expect((await ownersOf(handle.db, matching)).every((row) => row.agentId === world.agent.id)).toBe(true);
    // A case opened after the confirmation is not part of what the manager confirmed.
    const [late] = await insertCases(handle.db, world, world.lotA.id, 1, `${tag}d`);

    const first = await api.run(RUN_BATCH, { id: job.id }, world.manager);
    expect(first.data?.runBulkCaseJobBatch).toMatchObject({ total: MATCHING, done: 200, status: 'RUNNING' });
    const afterFirst = await ownersOf(handle.db, matching);
    expect(afterFirst.filter((row) => row.agentId === newAgent.id)).toHaveLength(200);
    expect(await eventsOf(matching, 'CASE_REASSIGNED')).toHaveLength(200);

    const second = await api.run(RUN_BATCH, { id: job.id }, world.manager);
    expect(second.data?.runBulkCaseJobBatch).toMatchObject({ total: MATCHING, done: MATCHING, status: 'DONE' });
    const read = await api.run(JOB, { id: job.id }, world.manager);
    expect(read.data?.bulkCaseJob).toMatchObject({ id: job.id, done: MATCHING, status: 'DONE' });

    const moved = await ownersOf(handle.db, matching);
    expect(moved.every((row) => row.agentId === newAgent.id && row.version === 2)).toBe(true);
    expect((await ownersOf(handle.db, others)).every((row) => row.agentId === world.agent.id && row.version === 1)).toBe(true);
    expect((await ownersOf(handle.db, [late ?? ''])).map((row) => row.agentId)).toEqual([world.agent.id]);
    const events = await eventsOf(matching, 'CASE_REASSIGNED');
    expect(new Set(events.map((e) => e.caseId)).size).toBe(MATCHING);
    expect(events).toHaveLength(MATCHING);
    expect(events[0]).toMatchObject({ actorId: world.manager.id, detail: `담당 상담사를 ${newAgent.name}(으)로 변경 (일괄 257건)` });
    expect(await eventsOf(others, 'CASE_REASSIGNED')).toHaveLength(0);
  });

  it('running a finished job again changes nothing', async () => {
    const w = await makeWorld(handle.db);
    const ids = await insertCases(handle.db, w, w.lotA.id, 3, w.pass.id.slice(0, 6));
    const target = await makeUser(handle.db, 'AGENT');
    const started = await api.run(START_JOB, { filter: { lotId: w.lotA.id }, expected: 3, reassignTo: target.id }, w.manager);
    const id = started.data!.startBulkCaseJob.id;
    const done = await api.run(RUN_BATCH, { id }, w.manager);
    expect(done.data?.runBulkCaseJobBatch).toMatchObject({ done: 3, status: 'DONE' });

    const again = await api.run(RUN_BATCH, { id }, w.manager);
    expect(again.errors).toBeUndefined();
    expect(again.data?.runBulkCaseJobBatch).toEqual(done.data?.runBulkCaseJobBatch);
    expect((await ownersOf(handle.db, ids)).every((row) => row.version === 2)).toBe(true);
    expect(await eventsOf(ids, 'CASE_REASSIGNED')).toHaveLength(3);
  });

  it('two tabs running the same job at once change each case once', async () => {
    const w = await makeWorld(handle.db);
    const ids = await insertCases(handle.db, w, w.lotA.id, 7, w.pass.id.slice(0, 6));
    const target = await makeUser(handle.db, 'AGENT');
    const meta = { clientAddress: '127.0.0.1' };
    const job = await startBulkCaseJob(handle.db, w.manager, meta, {
      filter: { lotId: w.lotA.id },
      expectedCount: 7,
      change: { reassignTo: target.id },
    });
    // Batches of 3 (7 cases): three calls finish it, the fourth finds nothing left.
    const runs = await Promise.all([1, 2, 3, 4].map(() => runBulkCaseJobBatch(handle.db, w.manager, meta, job.id, 3)));
    expect(runs.map((run) => run.done).sort((a, b) => a - b)).toEqual([3, 6, 7, 7]);
    expect((await ownersOf(handle.db, ids)).every((row) => row.agentId === target.id && row.version === 2)).toBe(true);
    expect(await eventsOf(ids, 'CASE_REASSIGNED')).toHaveLength(7);
  });
});

describe('bulk job: add a note to every case matching a filter', () => {
  it('adds one timeline note per case and changes no owner or version', async () => {
    const w = await makeWorld(handle.db);
    const ids = await insertCases(handle.db, w, w.lotA.id, 4, w.pass.id.slice(0, 6));
    const others = await insertCases(handle.db, w, w.lotB.id, 2, `${w.pass.id.slice(0, 6)}b`);
    const started = await api.run(START_JOB, { filter: { lotId: w.lotA.id }, expected: 4, note: '  4월 정산 재확인 대상  ' }, w.manager);
    expect(started.errors).toBeUndefined();
    const job = started.data!.startBulkCaseJob;
    expect(job).toMatchObject({ action: 'ADD_NOTE', total: 4, done: 0, status: 'RUNNING' });

    const run = await api.run(RUN_BATCH, { id: job.id }, w.manager);
    expect(run.data?.runBulkCaseJobBatch).toMatchObject({ done: 4, status: 'DONE' });
    const notes = await eventsOf(ids, 'NOTE_ADDED');
    expect(notes.map((n) => n.caseId).sort()).toEqual([...ids].sort());
    expect(notes.every((n) => n.detail === '4월 정산 재확인 대상' && n.actorId === w.manager.id)).toBe(true);
    expect((await ownersOf(handle.db, ids)).every((row) => row.agentId === w.agent.id && row.version === 1)).toBe(true);
    expect(await eventsOf(others, 'NOTE_ADDED')).toHaveLength(0);

    // The case's own timeline, as the API serves it, shows the note.
    const [one] = await handle.db.select({ id: cases.id }).from(cases).where(inArray(cases.id, ids)).orderBy(asc(cases.id)).limit(1);
    const read = await api.run(TIMELINE, { id: one!.id }, w.manager);
    expect(read.data!.case!.timeline).toContainEqual({ type: 'NOTE_ADDED', detail: '4월 정산 재확인 대상' });
    const [total] = await handle.db.select({ n: count() }).from(caseEvents).where(inArray(caseEvents.caseId, ids));
    expect(total?.n).toBe(4);
  });
});
