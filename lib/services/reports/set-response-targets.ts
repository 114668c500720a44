import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { operators, responseTargets } from '@/db/schema';
import type { ResponseTargets } from '@/lib/domain/response-targets';
import type { Actor, RequestMeta } from '../core/actor';
import type { OperatorResponseTargets } from './list-response-targets';
import { recordAudit } from '../audit/record-audit';
import { fieldError } from '../core/service-error';

/** Sets an operator's own response targets (replacing the defaults or its earlier ones). */
export async function setResponseTargets(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { operatorId: string } & ResponseTargets,
): Promise<OperatorResponseTargets> {
  return db.transaction(async (tx) => {
    const [operator] = await tx.select().from(operators).where(eq(operators.id, input.operatorId));
    if (!operator) throw fieldError('NOT_FOUND', 'operatorId', 'operatorNotFound');
    const targets = { exitAckMinutes: input.exitAckMinutes, registrationConfirmMinutes: input.registrationConfirmMinutes };
    await tx
      .insert(responseTargets)
      .values({ operatorId: operator.id, ...targets })
      .onConflictDoUpdate({ target: responseTargets.operatorId, set: { ...targets, updatedAt: sql`now()` } });
    await recordAudit(tx, {
      actor,
      meta,
      action: 'SET_RESPONSE_TARGETS',
      subjectType: 'Operator',
      subjectId: operator.id,
      detail: targets,
    });
    return { operator, ...targets, isDefault: false };
  });
}
