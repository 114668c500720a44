import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { outcomeTemplates, type OutcomeTemplateRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { recordAudit } from '../audit/record-audit';
import { fieldError, ServiceError } from '../core/service-error';

/** Switches a template off (agents stop seeing it) or on again; templates are never deleted. */
export function setOutcomeTemplateActive(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  active: boolean,
): Promise<OutcomeTemplateRow> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(outcomeTemplates).where(eq(outcomeTemplates.id, id)).for('update');
    if (!current) throw fieldError('NOT_FOUND', 'id', 'outcomeTemplateNotFound');
    if (current.active === active) {
      throw new ServiceError('CONFLICT', active ? 'templateAlreadyActive' : 'templateAlreadyInactive');
    }
    const [row] = await tx
      .update(outcomeTemplates)
      .set({ active, updatedById: actor.id, updatedAt: sql`now()` })
      .where(eq(outcomeTemplates.id, id))
      .returning();
    if (!row) throw new Error('update returned no row');
    const action = active ? 'ACTIVATE_OUTCOME_TEMPLATE' : 'DEACTIVATE_OUTCOME_TEMPLATE';
    await recordAudit(tx, { actor, meta, action, subjectType: 'OutcomeTemplate', subjectId: row.id });
    return row;
  });
}
