import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { cases, type CaseRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { casesInScope } from '@/lib/policy/scope';
import { recordRead } from '../audit/record-read';

/** A case the actor may see, or null (another operator's case is simply not there). */
export async function getCase(db: Executor, actor: Actor, meta: RequestMeta, id: string): Promise<CaseRow | null> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), casesInScope(actor)));
  // Reading a case shows a customer's personal data: the access log records it.
  if (row) await recordRead(db, { actor, meta, action: 'VIEW_CASE', subjectType: 'Case', subjectId: row.id });
  return row ?? null;
}
