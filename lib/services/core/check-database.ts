import { sql } from 'drizzle-orm';
import { getDatabase } from '@/db/client';

/**
 * Readiness: whether the database answers `SELECT 1` within `timeoutMs`. Never throws; a
 * database that is down, still starting or slower than that counts as not ready.
 */
export async function isDatabaseReady(timeoutMs = 1_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const tooSlow = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const ping = getDatabase()
    .then(({ db }) => db.execute(sql`SELECT 1`))
    .then(
      () => true,
      () => false,
    );
  try {
    return await Promise.race([ping, tooSlow]);
  } finally {
    clearTimeout(timer);
  }
}
