import { getDatabase } from '@/db/client';
import { RecordingSmsSender, type SmsSender } from '@/lib/sms/sms-sender';
import { drainSmsOutbox } from './drain-sms-outbox';

const INTERVAL_MS = 5_000;

declare global {
  var __csPortalSmsWorker: NodeJS.Timeout | undefined;
}

/**
 * Drains the SMS outbox every few seconds in this server process. Several instances may run
 * it: rows are claimed with SKIP LOCKED, so each message goes out once.
 */
export function startSmsOutboxWorker(sender: SmsSender = new RecordingSmsSender()): void {
  if (globalThis.__csPortalSmsWorker) return;
  let running = false;
  globalThis.__csPortalSmsWorker = setInterval(() => {
    if (running) return;
    running = true;
    getDatabase()
      .then(({ db }) => drainSmsOutbox(db, sender))
      .catch((error: unknown) => console.warn('[sms] outbox drain failed:', error instanceof Error ? error.message : error))
      .finally(() => {
        running = false;
      });
  }, INTERVAL_MS);
  globalThis.__csPortalSmsWorker.unref();
}
