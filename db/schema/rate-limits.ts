import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from './columns';

/**
 * Fixed-window request counters (lib/services/core/rate-limit.ts): one row per key, such as
 * `graphql:address:203.0.113.9` or `sign-in:account:kim@example.com`, holding the current
 * window's start and its count. Kept in the database so every app instance counts the same.
 */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    key: text('key').primaryKey(),
    windowStart: instant('window_start').notNull(),
    hits: integer('hits').notNull(),
  },
  (t) => [
    // For pruning counters whose window has long ended (lib/services/core/rate-limit.ts).
    index('rate_limit_counters_window_idx').on(t.windowStart),
    check('rate_limit_counters_hits_positive', sql`${t.hits} > 0`),
    check('rate_limit_counters_key_length', sql`length(${t.key}) BETWEEN 1 AND 300`),
  ],
);

export type RateLimitCounterRow = typeof rateLimitCounters.$inferSelect;
