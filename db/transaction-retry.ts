import { isRetryableConflict } from './database-errors';

/** How many times a transaction that lost a race is run again (so at most 4 runs in all). */
export const TRANSACTION_RETRIES = 3;

// Full jitter on a doubling cap (0–20 ms, 0–40 ms, 0–80 ms): two transactions that just
// deadlocked each other should not meet again at the same instant.
const BASE_DELAY_MS = 20;

/**
 * Runs `attempt` (a whole transaction) and runs it again, up to TRANSACTION_RETRIES times,
 * when PostgreSQL rolled it back for a serialization failure or a deadlock. Any other error
 * leaves at once: running a refused or broken transaction again would only repeat it, and
 * after a lost connection a COMMIT may have landed, so a retry could write twice.
 */
export async function withTransactionRetry<T>(attempt: () => Promise<T>, retries = TRANSACTION_RETRIES): Promise<T> {
  for (let retry = 0; ; retry += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (retry >= retries || !isRetryableConflict(error)) throw error;
      await sleep(Math.random() * BASE_DELAY_MS * 2 ** retry);
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
