import { and, eq, sql, type SQL } from 'drizzle-orm';
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
  return (await getCaseWith(db, actor, meta, id, {}))?.row ?? null;
}

/**
 * getCase, with `extras`: jsonb expressions over the CTE `found` (the case, in scope) that the
 * same statement answers beside it, so a case page's other parts cost no round trip of their own.
 */
export async function getCaseWith<K extends string>(
  db: Executor,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  extras: Record<K, SQL>,
): Promise<{ row: CaseRow; extras: Record<K, unknown> } | null> {
  const found = build
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), casesInScope(actor)));
  const result = await db.execute(
    withAccessLog(
      [sql`found AS (${found})`],
      { actor, meta, action: 'VIEW_CASE', subjectType: 'Case', subjectId: id },
      { when: sql`EXISTS (SELECT 1 FROM found)` },
      sql`SELECT ${sql.join(
        [sql`to_jsonb(found) AS row`, ...Object.entries<SQL>(extras).map(([name, part]) => sql`${part} AS ${sql.identifier(name)}`)],
        sql`, `,
      )} FROM found`,
    ),
  );
  const [answer] = rowsOf<{ row: Record<string, unknown> } & Record<K, unknown>>(result);
  return answer ? { row: rowFromJson(cases, answer.row), extras: answer } : null;
}
