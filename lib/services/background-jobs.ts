import { getDatabase, type Database } from '@/db/client';
import { RecordingSmsSender } from '@/lib/sms/sms-sender';
import { drainSmsOutbox } from './drain-sms-outbox';
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
        .catch((error: unknown) => console.warn(`[jobs] ${job.name} failed:`, error instanceof Error ? error.message : error))
        .finally(() => {
          running = false;
        });
    }, job.everyMs);
    timer.unref();
    return timer;
  });
}
