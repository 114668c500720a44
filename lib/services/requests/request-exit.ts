import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { exitRequests, type ExitRequestRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite, recordCaseEvent } from '../cases/case-write';
import { idempotentTransaction } from '../core/idempotency';
import { recordAudit } from '../audit/record-audit';
import { ServiceError } from '../core/service-error';

/** What the agent sends: `reason` says why the car must be let out again after an exit was handled. */
export interface RequestExitInput {
  caseId: string;
  expectedVersion?: number | null;
  reason?: string | null;
}

/**
 * Asks the lot to let the car out (현장 주차장 OB 출차요청); the operator acknowledges it. One
 * waits at a time; once the lot has handled one, another needs the agent's reason (a second
 * barrier opening for the same call is unusual, and the lot's staff are sent out again).
 */
export function requestExit(db: Database, actor: Actor, meta: RequestMeta, input: RequestExitInput): Promise<ExitRequestRow> {
  const { caseId, expectedVersion, reason = null } = input;
  return idempotentTransaction(
    db,
    actor,
    meta,
    { operation: 'requestExit', input: { caseId, expectedVersion, reason }, table: exitRequests },
    async (tx) => {
      const row = await lockCaseForWrite(tx, actor, caseId, { expectedVersion });
      const earlier = await tx.select({ status: exitRequests.status }).from(exitRequests).where(eq(exitRequests.caseId, row.id));
      if (earlier.some((request) => request.status === 'REQUESTED')) throw new ServiceError('CONFLICT', 'exitRequestWaiting');
      if (!reason && earlier.some((request) => request.status === 'ACKNOWLEDGED')) {
        throw new ServiceError('BAD_USER_INPUT', 'exitRepeatNeedsReason', 'reason');
      }
      const [request] = await tx
        .insert(exitRequests)
        .values({ caseId: row.id, lotId: row.lotId, requestedById: actor.id, reason })
        .returning();
      if (!request) throw new Error('insert returned no row');
      await recordCaseEvent(tx, actor, row, {
        type: 'EXIT_REQUESTED',
        scriptStep: 'EXIT_CHECK',
        reason: reason ? { code: 'eventExitRequestedAgain', params: { reason } } : { code: 'eventExitRequested' },
        changes: { status: 'WAITING_ON_OPERATOR' },
      });
      await recordAudit(tx, { actor, meta, action: 'REQUEST_EXIT', subjectType: 'ExitRequest', subjectId: request.id });
      return request;
    },
  );
}
