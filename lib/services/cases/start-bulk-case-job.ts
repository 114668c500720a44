import { and, count, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { bulkJobCases, bulkJobs, cases, users, type BulkJobRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { caseFilterCondition, type CaseFilter } from './list-cases';
import { insertAudited } from '../audit/record-audit';
import { fieldError, ServiceError } from '../core/service-error';

/** The longest note a bulk job adds to each case's timeline. */
export const MAX_BULK_NOTE_LENGTH = 1000;

/** What to do to every matching case: give them to an agent, or add one note to each. */
export type BulkCaseChange = { reassignTo: string; note?: null } | { note: string; reassignTo?: null };

/**
 * Starts a bulk change over every case matching the filter, in one transaction: checks the
 * change, refuses with CONFLICT when the filter no longer matches the count the manager
 * confirmed, then records the job and snapshots the matching cases set-based. The batches
 * (run-bulk-case-job-batch.ts) change only these cases, whatever the filter matches later.
 */
export function startBulkCaseJob(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { filter: CaseFilter; expectedCount: number; change: BulkCaseChange },
): Promise<BulkJobRow> {
  return db.transaction(async (tx) => {
    const { change } = input;
    let agentId: string | null = null;
    let note: string | null = null;
    if (change.reassignTo != null) {
      const [agent] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, change.reassignTo), eq(users.role, 'AGENT'), eq(users.active, true)));
      if (!agent) throw fieldError('BAD_USER_INPUT', 'reassignTo', 'activeAgentNotFound');
      agentId = agent.id;
    } else {
      note = change.note.trim();
      if (note.length === 0 || note.length > MAX_BULK_NOTE_LENGTH) {
        throw fieldError('BAD_USER_INPUT', 'note', 'bulkNoteLength', { max: MAX_BULK_NOTE_LENGTH });
      }
    }

    const where = caseFilterCondition(actor, input.filter);
    const [matched] = await tx.select({ n: count() }).from(cases).where(where);
    const total = matched?.n ?? 0;
    if (total !== input.expectedCount) throw changedCount(total);

    const action = agentId ? 'REASSIGN' : 'ADD_NOTE';
    const audit = {
      actor,
      meta,
      action: 'START_BULK_CASE_JOB',
      subjectType: 'BulkCaseJob',
      detail: { action, total, agentId, filter: input.filter },
    } as const;
    const job = await insertAudited(tx, bulkJobs, { action, agentId, note, total, createdById: actor.id }, audit);
    const snapshot = await tx
      .insert(bulkJobCases)
      .select(
        tx
          .select({ jobId: sql`${job.id}::uuid`.as('job_id'), caseId: cases.id, doneAt: sql`NULL::timestamptz`.as('done_at') })
          .from(cases)
          .where(where),
      )
      .returning({ caseId: bulkJobCases.caseId });
    // A case opened between the count and the snapshot would make the job differ from what was confirmed.
    if (snapshot.length !== total) throw changedCount(snapshot.length);
    return job;
  });
}

function changedCount(now: number): ServiceError {
  return new ServiceError('CONFLICT', { code: 'bulkCountChanged', params: { count: now } });
}
