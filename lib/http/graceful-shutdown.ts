import { endDatabaseAtExit } from '@/db/client';
import { serverEnv } from '@/lib/env';
import { stopBackgroundJobs } from '@/lib/services/jobs/background-jobs';

/**
 * Our part of a graceful stop. On SIGTERM or SIGINT `next start` stops accepting connections,
 * lets the requests in flight finish, then exits by itself; so we never exit here. The jobs
 * stop at once, and the pool ends on 'exit', which Next reaches only after the last request
 * has been answered (ending it earlier would fail those requests). With
 * NEXT_MANUAL_SIG_HANDLE set, whoever handles the signals owns the shutdown, and a listener
 * of ours would only keep the process from dying on the signal.
 */
export function prepareGracefulShutdown(): void {
  process.once('exit', endDatabaseAtExit);
  if (serverEnv().NEXT_MANUAL_SIG_HANDLE) return;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      console.log(`[shutdown] ${signal}: background jobs stopped; finishing requests in flight`);
      stopBackgroundJobs();
    });
  }
}
