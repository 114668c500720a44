import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '@/db/client';

/** One counter to take a hit from: at most `limit` hits per window for `key`. */
export interface RateLimitBucket {
  key: string;
  limit: number;
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; key: string };

// Keys name an address or an account; anything longer is cut (the column holds 300).
const MAX_KEY_LENGTH = 300;

/**
 * Counts one hit on each bucket in a fixed window of `windowMs` (a single UPSERT in the
 * database, so every app instance shares the counts) and says whether any bucket is over its
 * limit, and how long until its window ends. A limit of 0 or less means "no limit" (skipped).
 * A refused request still counts, so hammering on does not open the window sooner.
 */
export async function consumeRateLimit(
  db: Executor,
  buckets: readonly RateLimitBucket[],
  windowMs: number,
  now: Date = new Date(),
): Promise<RateLimitVerdict> {
  const counted = new Map<string, number>();
  for (const bucket of buckets) if (bucket.limit > 0) counted.set(bucket.key.slice(0, MAX_KEY_LENGTH), bucket.limit);
  if (counted.size === 0) return { allowed: true };
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const rows = sql.join(
    [...counted.keys()].map((key) => sql`(${key}, ${windowStart.toISOString()}::timestamptz, 1)`),
    sql`, `,
  );
  const result = await db.execute(sql`
    INSERT INTO rate_limit_counters AS c (key, window_start, hits) VALUES ${rows}
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN c.window_start = EXCLUDED.window_start THEN c.hits + 1 ELSE 1 END,
      window_start = EXCLUDED.window_start
    RETURNING c.key, c.hits`);
  const over = rowsOf<{ key: string; hits: number }>(result).find((row) => Number(row.hits) > (counted.get(row.key) ?? Infinity));
  if (!over) return { allowed: true };
  const retryAfterMs = windowStart.getTime() + windowMs - now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)), key: over.key };
}
