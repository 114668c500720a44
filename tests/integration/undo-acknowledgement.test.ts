import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, exitRequests, registrationRequests, type UserRow } from '@/db/schema';
import { UNDO_WINDOW_SECONDS } from '@/lib/domain/acknowledgement-undo';
import { escalateOverdueRequests } from '@/lib/services/jobs/escalate-overdue';
import { ServiceError } from '@/lib/services/core/service-error';
import { undoAcknowledgeExit, undoAcknowledgeRegistration } from '@/lib/services/requests/undo-acknowledgement';
import { openVerifiedCase } from '../fixtures/case-api';
import { useIntegrationApi } from '../fixtures/integration';
import { makeRefusalProbe } from '../fixtures/refusal-probe';
import type { GraphQLResult } from '../fixtures/test-api';
import { makeUser, makeWorld, type World } from '../fixtures/world';

// Issue 15, item 10: 되돌리기 after 출차 처리 / 확인 — by the lot's company, within the window,
// and only while nobody else acted on it; a refusal writes nothing.

const { handle, api } = await useIntegrationApi();
let refusedWithoutWrites: ReturnType<typeof makeRefusalProbe>;

beforeAll(async () => {
  refusedWithoutWrites = makeRefusalProbe(handle.db, api);
});

const UNDO_EXIT = 'mutation ($id: ID!) { undoAcknowledgeExit(id: $id) { id status acknowledgedAt } }';
const UNDO_REGISTRATION = 'mutation ($id: ID!) { undoAcknowledgeRegistration(id: $id) { id status acknowledgedAt } }';
const CASE = 'query ($id: ID!) { case(id: $id) { status timeline { type actor { id } } } }';

async function ok(viewer: UserRow, query: string, variables: Record<string, unknown>) {
  const result = await api.run(query, variables, viewer);
  if (result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
  return result.data ?? {};
}

/** A verified case at operator A's lot with the requests asked for, already acknowledged by the lot. */
async function acknowledged(requests: { exit?: boolean; registration?: boolean }) {
  const w = await makeWorld(handle.db);
  const opened = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-09T09:00:00+09:00');
  const ask = async (field: 'requestExit' | 'requestRegistration') =>
    ((await ok(w.agent, `mutation ($id: ID!) { ${field}(caseId: $id) { id } }`, { id: opened.id }))[field] as { id: string }).id;
  // Both asked first: the agent's asking after an acknowledgement would itself block its undo.
  const exitId = requests.exit ? await ask('requestExit') : '';
  const registrationId = requests.registration ? await ask('requestRegistration') : '';
  if (exitId) await ok(w.operatorUserA, 'mutation ($id: ID!) { acknowledgeExit(id: $id) { id } }', { id: exitId });
  if (registrationId) await ok(w.operatorUserA, 'mutation ($id: ID!) { acknowledgeRegistration(id: $id) { id } }', { id: registrationId });
  return { w, caseId: opened.id, exitId, registrationId };
}

/** Calls a service directly (to pass a clock) and answers as the API would. */
async function asResult(call: () => Promise<unknown>): Promise<GraphQLResult> {
  try {
    return { data: { result: await call() } };
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    return { data: null, errors: [{ message: error.message, extensions: { code: error.code } }] };
  }
}

const meta = { clientAddress: '127.0.0.1' };

describe('undo of an acknowledgement: allowed', () => {
  it('undoAcknowledgeExit by the lot’s operator at once: REQUESTED again, the case waits on the lot again, timeline and audit written', async () => {
    const { w, caseId, exitId } = await acknowledged({ exit: true });
    const before = (await ok(w.agent, CASE, { id: caseId })).case as { status: string };
    expect(before.status).toBe('OPEN');
    const undone = await ok(w.operatorUserA, UNDO_EXIT, { id: exitId });
    expect(undone.undoAcknowledgeExit).toEqual({ id: exitId, status: 'REQUESTED', acknowledgedAt: null });
    const [row] = await handle.db.select().from(exitRequests).where(eq(exitRequests.id, exitId));
    expect(row).toMatchObject({ status: 'REQUESTED', acknowledgedAt: null, acknowledgedById: null });
    const after = (await ok(w.agent, CASE, { id: caseId })).case as {
      status: string;
      timeline: { type: string; actor: { id: string } | null }[];
    };
    expect(after.status).toBe('WAITING_ON_OPERATOR');
    expect(after.timeline.find((e) => e.type === 'EXIT_ACKNOWLEDGEMENT_UNDONE')?.actor?.id).toBe(w.operatorUserA.id);
    const audit = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, exitId), eq(auditLog.action, 'UNDO_ACKNOWLEDGE_EXIT')));
    expect(audit).toHaveLength(1);
    // The queue has it again, and it can be handled again.
    const queue = await ok(w.operatorUserA, '{ exitRequestQueue { id } }', {});
    expect((queue.exitRequestQueue as { id: string }[]).map((r) => r.id)).toContain(exitId);
    await ok(w.operatorUserA, 'mutation ($id: ID!) { acknowledgeExit(id: $id) { id } }', { id: exitId });
  });

  it('undoAcknowledgeRegistration by a colleague of the same company within the window; the lot’s own later steps do not block it', async () => {
    const { w, exitId, registrationId } = await acknowledged({ exit: true, registration: true });
    const colleague = await makeUser(handle.db, 'OPERATOR', w.operatorA.id);
    const undone = await ok(colleague, UNDO_REGISTRATION, { id: registrationId });
    expect(undone.undoAcknowledgeRegistration).toEqual({ id: registrationId, status: 'REQUESTED', acknowledgedAt: null });
    // The exit was acknowledged before the registration step: the lot's own steps since are no one else's.
    expect((await ok(w.operatorUserA, UNDO_EXIT, { id: exitId })).undoAcknowledgeExit).toMatchObject({ status: 'REQUESTED' });
    const [row] = await handle.db.select().from(registrationRequests).where(eq(registrationRequests.id, registrationId));
    expect(row).toMatchObject({ status: 'REQUESTED', acknowledgedAt: null, acknowledgedById: null });
  });

  it(`the window: ${UNDO_WINDOW_SECONDS} s after the acknowledgement is still in, a moment later is out`, async () => {
    const { w, exitId } = await acknowledged({ exit: true });
    const [row] = await handle.db.select().from(exitRequests).where(eq(exitRequests.id, exitId));
    const at = (ms: number) => new Date(row!.acknowledgedAt!.getTime() + ms);
    const late = await asResult(() => undoAcknowledgeExit(handle.db, w.operatorUserA, meta, exitId, at(UNDO_WINDOW_SECONDS * 1000 + 1)));
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const inTime = await undoAcknowledgeExit(handle.db, w.operatorUserA, meta, exitId, at(UNDO_WINDOW_SECONDS * 1000));
    expect(inTime.status).toBe('REQUESTED');
  });
});

describe('undo of an acknowledgement: refused, writing nothing', () => {
  const watch = (w: World, caseId: string) => ({ worlds: [w], caseIds: [caseId] });

  it('another operator: NOT_FOUND, as if the request did not exist', async () => {
    const { w, caseId, exitId, registrationId } = await acknowledged({ exit: true, registration: true });
    const exit = await refusedWithoutWrites(watch(w, caseId), () => api.run(UNDO_EXIT, { id: exitId }, w.operatorUserB));
    expect(exit.code).toBe('NOT_FOUND');
    const registration = await refusedWithoutWrites(watch(w, caseId), () =>
      api.run(UNDO_REGISTRATION, { id: registrationId }, w.operatorUserB),
    );
    expect(registration.code).toBe('NOT_FOUND');
  });

  it('after the window (a passed-in clock): CONFLICT naming the time limit', async () => {
    const { w, caseId, exitId, registrationId } = await acknowledged({ exit: true, registration: true });
    const later = new Date(Date.now() + (UNDO_WINDOW_SECONDS + 5) * 1000);
    const exit = await refusedWithoutWrites(watch(w, caseId), () =>
      asResult(() => undoAcknowledgeExit(handle.db, w.operatorUserA, meta, exitId, later)),
    );
    expect(exit).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(`${UNDO_WINDOW_SECONDS}초`) });
    const registration = await refusedWithoutWrites(watch(w, caseId), () =>
      asResult(() => undoAcknowledgeRegistration(handle.db, w.operatorUserA, meta, registrationId, later)),
    );
    expect(registration.code).toBe('CONFLICT');
  });

  it('after the agent acted on the case: CONFLICT saying someone went on from it', async () => {
    const { w, caseId, exitId } = await acknowledged({ exit: true });
    await ok(w.agent, 'mutation ($id: ID!) { recordGuidance(caseId: $id, step: EXIT_CHECK, detail: "출차부 앞으로 이동 안내") { id } }', {
      id: caseId,
    });
    const refusal = await refusedWithoutWrites(watch(w, caseId), () => api.run(UNDO_EXIT, { id: exitId }, w.operatorUserA));
    expect(refusal).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('상담사나 시스템') });
  });

  it('after a job escalated the registration: CONFLICT', async () => {
    const { w, caseId, registrationId } = await acknowledged({ registration: true });
    // Asked two days ago, so the job finds it past its target now (and not the other files' fresh requests).
    await handle.db
      .update(registrationRequests)
      .set({ requestedAt: new Date(Date.now() - 2 * 24 * 3600_000) })
      .where(eq(registrationRequests.id, registrationId));
    await escalateOverdueRequests(handle.db);
    const refusal = await refusedWithoutWrites(watch(w, caseId), () => api.run(UNDO_REGISTRATION, { id: registrationId }, w.operatorUserA));
    expect(refusal.code).toBe('CONFLICT');
  });

  it('after the registration was confirmed (or was never acknowledged): CONFLICT', async () => {
    const { w, caseId, registrationId } = await acknowledged({ registration: true });
    await ok(w.operatorUserA, 'mutation ($id: ID!) { confirmRegistration(id: $id) { id } }', { id: registrationId });
    const confirmed = await refusedWithoutWrites(watch(w, caseId), () =>
      api.run(UNDO_REGISTRATION, { id: registrationId }, w.operatorUserA),
    );
    expect(confirmed).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('등록 완료 또는 반려') });

    const fresh = await acknowledged({});
    const exitId = (
      (await ok(fresh.w.agent, 'mutation ($id: ID!) { requestExit(caseId: $id) { id } }', { id: fresh.caseId })).requestExit as {
        id: string;
      }
    ).id;
    const never = await refusedWithoutWrites(watch(fresh.w, fresh.caseId), () => api.run(UNDO_EXIT, { id: exitId }, fresh.w.operatorUserA));
    expect(never.code).toBe('CONFLICT');
  });

  it('an agent or a manager may not undo at all (FORBIDDEN)', async () => {
    const { w, caseId, exitId } = await acknowledged({ exit: true });
    for (const viewer of [w.agent, w.manager]) {
      const refusal = await refusedWithoutWrites(watch(w, caseId), () => api.run(UNDO_EXIT, { id: exitId }, viewer));
      expect(refusal.code).toBe('FORBIDDEN');
    }
  });
});
