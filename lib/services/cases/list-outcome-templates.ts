import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { outcomeTemplates, type OutcomeTemplateRow } from '@/db/schema';
import { roleCan } from '@/lib/policy/roles';
import type { Actor } from '../core/actor';

/**
 * The outcome templates in the order agents pick them (their number key follows it). Only a
 * manager, who keeps them, sees the ones switched off.
 */
export function listOutcomeTemplates(db: Executor, actor: Actor, { includeInactive = false } = {}): Promise<OutcomeTemplateRow[]> {
  const all = includeInactive && roleCan(actor.role, 'seeInactiveOutcomeTemplates');
  return db
    .select()
    .from(outcomeTemplates)
    .where(all ? undefined : eq(outcomeTemplates.active, true))
    .orderBy(asc(outcomeTemplates.sortOrder), asc(outcomeTemplates.key));
}
