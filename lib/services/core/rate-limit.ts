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
// About one request in PRUNE_EVERY also deletes counters whose window ended long ago, so a
// caller who walks through many addresses cannot grow the table without end.
const PRUNE_EVERY = 500;
const KEEP_WINDOWS = 2;

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
  random: () => number = Math.random,
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
  if (random() < 1 / PRUNE_EVERY) await pruneRateLimits(db, new Date(windowStart.getTime() - KEEP_WINDOWS * windowMs));
  const over = rowsOf<{ key: string; hits: number }>(result).find((row) => Number(row.hits) > (counted.get(row.key) ?? Infinity));
  if (!over) return { allowed: true };
  const retryAfterMs = windowStart.getTime() + windowMs - now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)), key: over.key };
}

/** Deletes the counters whose window started before `before`; returns how many. */
export async function pruneRateLimits(db: Executor, before: Date): Promise<number> {
  const result = await db.execute(sql`DELETE FROM rate_limit_counters WHERE window_start < ${before.toISOString()}::timestamptz`);
  return (
    (result as { rowCount?: number | null; affectedRows?: number }).rowCount ?? (result as { affectedRows?: number }).affectedRows ?? 0
  );
}
