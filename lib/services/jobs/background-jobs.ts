import { getDatabase, type Database } from '@/db/client';
import { describeDatabaseError } from '@/db/database-errors';
import { RecordingSmsSender } from '@/lib/sms/sms-sender';
import { drainSmsOutbox } from '../messaging/drain-sms-outbox';
import { escalateOverdueRequests } from './escalate-overdue';

interface Job {
  name: string;
  everyMs: number;
  run(db: Database): Promise<unknown>;
}

// Each job is safe with several app instances: the outbox is claimed with SKIP LOCKED and an
// escalation with UPDATE … WHERE escalated_at IS NULL.
const sender = new RecordingSmsSender();
const JOBS: Job[] = [
  { name: 'sms-outbox', everyMs: 5_000, run: (db) => drainSmsOutbox(db, sender) },
  { name: 'escalate-overdue', everyMs: 30_000, run: (db) => escalateOverdueRequests(db) },
];

declare global {
  var __csPortalJobs: NodeJS.Timeout[] | undefined;
}

/** Starts the server's periodic jobs once per process (on the first request, never at build). */
export function startBackgroundJobs(): void {
  if (globalThis.__csPortalJobs) return;
  globalThis.__csPortalJobs = JOBS.map((job) => {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      getDatabase()
        .then(({ db }) => job.run(db))
        .catch((error: unknown) => console.warn(`[jobs] ${job.name} failed: ${describeDatabaseError(error)}`))
        .finally(() => {
          running = false;
        });
    }, job.everyMs);
    timer.unref();
    return timer;
  });
}

/**
 * Stops the periodic jobs for good, at shutdown: no new run starts, even if a request still
 * in flight calls startBackgroundJobs (an empty list keeps it a no-op). A run under way is
 * one transaction: it commits, or PostgreSQL rolls it back when the process is gone.
 */
export function stopBackgroundJobs(): void {
  for (const timer of globalThis.__csPortalJobs ?? []) clearInterval(timer);
  globalThis.__csPortalJobs = [];
}
