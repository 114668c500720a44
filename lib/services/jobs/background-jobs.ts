import { getDatabase, type Database } from '@/db/client';
import { describeDatabaseError } from '@/db/database-errors';
import { RecordingSmsSender } from '@/lib/sms/sms-sender';
import { drainSmsOutbox } from '../messaging/drain-sms-outbox';
import { escalateOverdueRequests } from './escalate-overdue';

// Each job is safe with several app instances: the outbox is claimed with SKIP LOCKED and an
// escalation with UPDATE … WHERE escalated_at IS NULL.
const sender = new RecordingSmsSender();
const JOBS = [
  { name: 'smsOutbox', everyMs: 5_000, run: (db: Database) => drainSmsOutbox(db, sender) },
  { name: 'escalateOverdue', everyMs: 30_000, run: (db: Database) => escalateOverdueRequests(db) },
] as const;

type Job = (typeof JOBS)[number];
/** A periodic job of the server. */
export type JobName = Job['name'];

/** A job's last run as /api/health shows it: when it ended and whether it did its work; null before the first. */
export interface JobRun {
  lastRunAt: string | null;
  ok: boolean | null;
}

interface JobsState {
  database: () => Promise<{ db: Database }>;
  timers: NodeJS.Timeout[];
  running: Set<JobName>;
  runs: Record<JobName, JobRun>;
  stopped: boolean;
}

declare global {
  var __csPortalJobs: JobsState | undefined;
}

/**
 * Starts the server's periodic jobs once per process: instrumentation.ts calls it when the
 * server starts (never at build, never in the tests unless one asks). `database` is the
 * server's own unless a test hands in its own.
 */
export function startBackgroundJobs(database: JobsState['database'] = getDatabase): void {
  if (globalThis.__csPortalJobs) return;
  const state = newJobsState(database);
  globalThis.__csPortalJobs = state;
  state.timers = JOBS.map((job) => {
    const timer = setInterval(() => void runJob(state, job), job.everyMs);
    timer.unref();
    return timer;
  });
}

function newJobsState(database: JobsState['database']): JobsState {
  const runs = Object.fromEntries(JOBS.map((job) => [job.name, { lastRunAt: null, ok: null }])) as Record<JobName, JobRun>;
  return { database, timers: [], running: new Set(), runs, stopped: false };
}

// One run at a time per job; its end is recorded whatever happened, the reason only in the log.
async function runJob(state: JobsState, job: Job): Promise<void> {
  if (state.running.has(job.name) || state.stopped) return;
  state.running.add(job.name);
  let ok = true;
  try {
    const { db } = await state.database();
    await job.run(db);
  } catch (error) {
    ok = false;
    console.warn(`[jobs] ${job.name} failed: ${describeDatabaseError(error)}`);
  } finally {
    state.running.delete(job.name);
    state.runs[job.name] = { lastRunAt: new Date().toISOString(), ok };
  }
}

/** Runs every started job once now, as its timer would; for tests that cannot wait for the timers. */
export async function runBackgroundJobsNow(): Promise<void> {
  const state = globalThis.__csPortalJobs;
  if (state) await Promise.all(JOBS.map((job) => runJob(state, job)));
}

/** Each job's last run, or null when this process runs no jobs (a script, a test, a server stopping). */
export function backgroundJobRuns(): Record<JobName, JobRun> | null {
  const state = globalThis.__csPortalJobs;
  return state && !state.stopped ? { ...state.runs } : null;
}

/**
 * Stops the periodic jobs for good, at shutdown: no new run starts, even if something still
 * calls startBackgroundJobs (the stopped state keeps it a no-op). A run under way is one
 * transaction: it commits, or PostgreSQL rolls it back when the process is gone.
 */
export function stopBackgroundJobs(): void {
  const state = (globalThis.__csPortalJobs ??= newJobsState(getDatabase));
  for (const timer of state.timers) clearInterval(timer);
  state.stopped = true;
}
