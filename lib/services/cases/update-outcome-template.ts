import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { outcomeTemplates, type OutcomeTemplateRow } from '@/db/schema';
import type { OutcomeTemplateInput } from './add-outcome-template';
import type { Actor, RequestMeta } from '../core/actor';
import { recordAudit } from '../audit/record-audit';
import { fieldError } from '../core/service-error';

/** Rewrites a template's texts, kind and order; outcomes already saved keep their words. */
export function updateOutcomeTemplate(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: OutcomeTemplateInput,
): Promise<OutcomeTemplateRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(outcomeTemplates)
      .set({ ...input, updatedById: actor.id, updatedAt: sql`now()` })
      .where(eq(outcomeTemplates.id, id))
      .returning();
    if (!row) throw fieldError('NOT_FOUND', 'id', 'outcomeTemplateNotFound');
    await recordAudit(tx, { actor, meta, action: 'UPDATE_OUTCOME_TEMPLATE', subjectType: 'OutcomeTemplate', subjectId: row.id });
    return row;
  });
}
