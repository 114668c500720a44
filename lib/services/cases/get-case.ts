import { and, eq, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { rowsOf, type Executor } from '@/db/client';
import { rowFromJson } from '@/db/json-row';
import { cases, type CaseRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { casesInScope } from '@/lib/policy/scope';
import { withAccessLog } from '../audit/record-read';

const build = new QueryBuilder();

/**
 * A case the actor may see, or null (another operator's case is simply not there). Reading a
 * case shows a customer's personal data: the access-log entry is written in the same
 * statement, only when the case was found.
 */
export async function getCase(db: Executor, actor: Actor, meta: RequestMeta, id: string): Promise<CaseRow | null> {
  const found = build
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), casesInScope(actor)));
  const result = await db.execute(
    withAccessLog(
      [sql`found AS (${found})`],
      { actor, meta, action: 'VIEW_CASE', subjectType: 'Case', subjectId: id },
      { when: sql`EXISTS (SELECT 1 FROM found)` },
      sql`SELECT to_jsonb(found) AS row FROM found`,
    ),
  );
  const [row] = rowsOf<{ row: Record<string, unknown> }>(result);
  return row ? rowFromJson(cases, row.row) : null;
}
