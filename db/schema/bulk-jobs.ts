import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { cases } from './cases';
import { idColumn, instant, writtenAt, keptRef, ownedBy } from './columns';

/** What a bulk job does to each of its cases. */
export const bulkJobActionEnum = pgEnum('bulk_job_action', ['REASSIGN', 'ADD_NOTE']);
/** RUNNING until the last batch has marked every case done. */
export const bulkJobStatusEnum = pgEnum('bulk_job_status', ['RUNNING', 'DONE']);

/**
 * A change a manager confirmed over every case matching a filter, run in bounded batches so
 * that a big one neither holds one long transaction nor is lost half-way: it can be resumed.
 */
export const bulkJobs = pgTable(
  'bulk_jobs',
  {
    id: idColumn(),
    action: bulkJobActionEnum('action').notNull(),
    agentId: uuid('agent_id').references(() => users.id, { onDelete: 'restrict' }),
    note: text('note'),
    total: integer('total').notNull(),
    done: integer('done').notNull().default(0),
    status: bulkJobStatusEnum('status').notNull().default('RUNNING'),
    createdById: keptRef('created_by_id', () => users.id),
    createdAt: writtenAt(),
    finishedAt: instant('finished_at'),
  },
  (t) => [
    check('bulk_jobs_reassign_has_agent', sql`(${t.action} = 'REASSIGN') = (${t.agentId} IS NOT NULL)`),
    check('bulk_jobs_note_has_text', sql`(${t.action} = 'ADD_NOTE') = (${t.note} IS NOT NULL)`),
    check('bulk_jobs_note_not_blank', sql`${t.note} IS NULL OR (length(trim(${t.note})) > 0 AND length(${t.note}) <= 1000)`),
    check('bulk_jobs_done_in_range', sql`${t.done} >= 0 AND ${t.done} <= ${t.total}`),
    check('bulk_jobs_finished_has_time', sql`(${t.status} = 'DONE') = (${t.finishedAt} IS NOT NULL)`),
    // A finished job has been through every case it snapshotted.
    check('bulk_jobs_finished_all_done', sql`${t.status} <> 'DONE' OR ${t.done} = ${t.total}`),
  ],
);

/** The cases a job snapshotted when it was confirmed; done_at marks those a batch has changed. */
export const bulkJobCases = pgTable(
  'bulk_job_cases',
  {
    jobId: ownedBy('job_id', () => bulkJobs.id),
    caseId: keptRef('case_id', () => cases.id),
    doneAt: instant('done_at'),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.caseId] }),
    // The next batch reads the pending cases of one job; finished rows drop out of this index.
    index('bulk_job_cases_pending_idx')
      .on(t.jobId, t.caseId)
      .where(sql`${t.doneAt} IS NULL`),
  ],
);

export type BulkJobRow = typeof bulkJobs.$inferSelect;
