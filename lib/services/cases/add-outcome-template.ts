import { randomBytes } from 'node:crypto';
import type { Database } from '@/db/client';
import { outcomeTemplates, type OutcomeTemplateRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { insertAudited } from '../audit/record-audit';

/** What a manager writes for a template; the key is the system's. */
export type OutcomeTemplateInput = Pick<
  OutcomeTemplateRow,
  'kind' | 'firstResponse' | 'labelKo' | 'labelEn' | 'bodyKo' | 'bodyEn' | 'sortOrder'
>;

/** Adds an outcome template; its key (a stable name for code and tests) is made up here. */
export function addOutcomeTemplate(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: OutcomeTemplateInput,
): Promise<OutcomeTemplateRow> {
  return db.transaction(async (tx) => {
    const key = `CUSTOM_${randomBytes(5).toString('hex').toUpperCase()}`;
    const audit = { actor, meta, action: 'ADD_OUTCOME_TEMPLATE', subjectType: 'OutcomeTemplate', detail: { key } } as const;
    return insertAudited(tx, outcomeTemplates, { ...input, key, updatedById: actor.id }, audit);
  });
}
