import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { bulkJobCases, bulkJobs, caseEvents, cases, users, type BulkJobRow } from '@/db/schema';
import type { CaseEventType } from '@/lib/domain/case-events';
import type { Actor, RequestMeta } from '../core/actor';
import { recordAudit } from '../audit/record-audit';
import { ServiceError } from '../core/service-error';
import { foundRow, theRow } from '../core/rows';
import { eventDetail } from './case-write';

/** The most cases one batch changes: one short transaction, a few hundred rows per statement. */
export const BULK_BATCH_SIZE = 200;

/**
 * Runs the next batch of a bulk job in one transaction and returns the job's progress. The
 * job row is locked first, so a second tab running the same job waits and then takes the
 * next batch instead of changing the same cases twice; a finished job is returned unchanged.
 */
export function runBulkCaseJobBatch(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  jobId: string,
  batchSize: number = BULK_BATCH_SIZE,
): Promise<BulkJobRow> {
  return db.transaction(async (tx) => {
    const locked = tx.select().from(bulkJobs).where(eq(bulkJobs.id, jobId)).for('update');
    const job = await foundRow(locked, () => new ServiceError('NOT_FOUND', 'bulkJobNotFound', 'id'));
    if (job.status === 'DONE') return job;

    const pending = await tx
      .select({ caseId: bulkJobCases.caseId })
      .from(bulkJobCases)
      .where(and(eq(bulkJobCases.jobId, job.id), isNull(bulkJobCases.doneAt)))
      .orderBy(asc(bulkJobCases.caseId))
      .limit(batchSize);
    const ids = pending.map((row) => row.caseId);
    if (ids.length > 0) {
      await applyChange(tx, actor, job, ids);
      await tx
        .update(bulkJobCases)
        .set({ doneAt: sql`now()` })
        .where(and(eq(bulkJobCases.jobId, job.id), inArray(bulkJobCases.caseId, ids)));
    }

    // The snapshot holds exactly `total` cases, so the count is the whole truth of progress.
    const done = job.done + ids.length;
    const finished = done >= job.total;
    const progress = finished ? { done, status: 'DONE' as const, finishedAt: sql`now()` } : { done };
    const updated = await theRow(
      tx.update(bulkJobs).set(progress).where(eq(bulkJobs.id, job.id)).returning(),
      'bulk job vanished inside its own transaction',
    );
    const detail = { action: job.action, count: ids.length, done, total: job.total };
    await recordAudit(tx, { actor, meta, action: 'RUN_BULK_CASE_JOB_BATCH', subjectType: 'BulkCaseJob', subjectId: job.id, detail });
    return updated;
  });
}

/** Changes one batch of cases set-based and writes one timeline event for each. */
async function applyChange(tx: Transaction, actor: Actor, job: BulkJobRow, ids: string[]): Promise<void> {
  if (job.action === 'REASSIGN') {
    if (!job.agentId) throw new Error('a REASSIGN job without an agent');
    const [agent] = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, job.agentId));
    if (!agent) throw new Error('the job agent vanished');
    await tx
      .update(cases)
      .set({ agentId: agent.id, version: sql`${cases.version} + 1`, updatedAt: sql`now()`, lastActorId: actor.id })
      .where(inArray(cases.id, ids));
    const detail = eventDetail({ reason: { code: 'eventBulkReassigned', params: { name: agent.name, total: job.total } } });
    await tx
      .insert(caseEvents)
      .values(ids.map((caseId) => ({ caseId, actorId: actor.id, type: 'CASE_REASSIGNED' satisfies CaseEventType, ...detail })));
    return;
  }
  // A note changes nothing an agent works on, so, like the lot's steps (case-write.ts), it
  // does not move the case to a new version: an agent with the case open is not made stale.
  await tx
    .update(cases)
    .set({ updatedAt: sql`now()` })
    .where(inArray(cases.id, ids));
  await tx
    .insert(caseEvents)
    .values(ids.map((caseId) => ({ caseId, actorId: actor.id, type: 'NOTE_ADDED' satisfies CaseEventType, detail: job.note })));
}
