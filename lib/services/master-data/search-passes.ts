import { and, asc, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { customers, passes, type PassRow } from '@/db/schema';
import { maskedFilter } from '@/lib/domain/access-log';
import type { Actor, RequestMeta } from '../core/actor';
import { recordRead } from '../audit/record-read';
import { fieldError } from '../core/service-error';

/** Most passes an agent's search returns; the agent narrows the query past that. */
export const SEARCH_PASSES_LIMIT = 50;

/**
 * Passes by plate (any part, spaces ignored) and/or the last four digits of the
 * customer's phone: how an agent finds the caller's pass. Newest period first. Each search
 * is one access-log entry with its kind, its terms (phone masked) and the number found.
 */
export async function searchPasses(
  db: Executor,
  actor: Actor,
  meta: RequestMeta,
  query: { plate?: string | null; phoneLast4?: string | null },
): Promise<PassRow[]> {
  const conditions: SQL[] = [];
  if (query.plate) conditions.push(ilike(passes.plate, `%${escapeLike(query.plate)}%`));
  if (query.phoneLast4) conditions.push(sql`right(${customers.phone}, 4) = ${query.phoneLast4}`);
  if (conditions.length === 0) {
    throw fieldError('BAD_USER_INPUT', 'plate', 'plateOrPhoneRequired');
  }
  const rows = await db
    .select({ pass: passes })
    .from(passes)
    .innerJoin(customers, eq(customers.id, passes.customerId))
    .where(and(...conditions))
    .orderBy(desc(passes.endsOn), asc(passes.plate))
    .limit(SEARCH_PASSES_LIMIT);
  const by = [query.plate ? 'PLATE' : null, query.phoneLast4 ? 'PHONE_LAST4' : null].filter(Boolean).join('+');
  await recordRead(db, {
    actor,
    meta,
    action: 'SEARCH_PASSES',
    subjectType: 'Pass',
    detail: { by, filter: maskedFilter(query), count: rows.length },
  });
  return rows.map((row) => row.pass);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
