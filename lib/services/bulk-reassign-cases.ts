import { and, count, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { caseEvents, cases, users } from '@/db/schema';
import type { Actor, RequestMeta } from './actor';
import { caseFilterCondition, type CaseFilter } from './list-cases';
import { recordAudit } from './record-audit';
import { ServiceError } from './service-error';

// Timeline rows are inserted in chunks so one statement never carries too many parameters.
const EVENT_CHUNK = 1_000;

/**
 * Gives every case matching the filter to another agent, in one transaction: all of them or
 * none. The manager confirmed a count; if the filter matches another number now, nothing runs.
 * One UPDATE does the work set-based, and each case's timeline records the change.
 */
export function bulkReassignCases(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { filter: CaseFilter; agentId: string; expectedCount: number },
): Promise<{ matched: number; changed: number }> {
  return db.transaction(async (tx) => {
    const [agent] = await tx.select().from(users).where(and(eq(users.id, input.agentId), eq(users.role, 'AGENT'), eq(users.active, true)));
    if (!agent) throw new ServiceError('BAD_USER_INPUT', 'agentId: 활성 상담사를 찾을 수 없습니다.', 'agentId');
    const where = caseFilterCondition(actor, input.filter);
    const [matched] = await tx.select({ n: count() }).from(cases).where(where);
    const total = matched?.n ?? 0;
    if (total !== input.expectedCount) {
      throw new ServiceError('CONFLICT', `조건에 맞는 상담이 ${total}건으로 바뀌었습니다. 건수를 다시 확인해 주세요.`);
    }
    const changed = await tx
      .update(cases)
      .set({ agentId: agent.id, version: sql`${cases.version} + 1`, updatedAt: sql`now()`, lastActorId: actor.id })
      .where(where)
      .returning({ id: cases.id });
    const detail = `담당 상담사를 ${agent.name}(으)로 변경 (일괄 ${changed.length}건)`;
    for (let i = 0; i < changed.length; i += EVENT_CHUNK) {
      await tx
        .insert(caseEvents)
        .values(changed.slice(i, i + EVENT_CHUNK).map((row) => ({ caseId: row.id, actorId: actor.id, type: 'CASE_REASSIGNED', detail })));
    }
    await recordAudit(tx, { actor, meta, action: 'BULK_REASSIGN_CASES', subjectType: 'User', subjectId: agent.id, detail: { count: changed.length } });
    return { matched: total, changed: changed.length };
  });
}
