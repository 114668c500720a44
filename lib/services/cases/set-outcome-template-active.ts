import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { outcomeTemplates, type OutcomeTemplateRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { recordAudit } from '../audit/record-audit';
import { ServiceError } from '../core/service-error';

/** Switches a template off (agents stop seeing it) or on again; templates are never deleted. */
export function setOutcomeTemplateActive(db: Database, actor: Actor, meta: RequestMeta, id: string, active: boolean): Promise<OutcomeTemplateRow> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(outcomeTemplates).where(eq(outcomeTemplates.id, id)).for('update');
    if (!current) throw new ServiceError('NOT_FOUND', 'id: 결과 템플릿을 찾을 수 없습니다.', 'id');
    if (current.active === active) {
      throw new ServiceError('CONFLICT', active ? '이미 사용 중인 템플릿입니다.' : '이미 사용 중지된 템플릿입니다.');
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
