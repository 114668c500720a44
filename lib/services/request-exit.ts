import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { exitRequests, type ExitRequestRow } from '@/db/schema';
import type { Actor, RequestMeta } from './actor';
import { lockCaseForWrite, recordCaseEvent } from './case-write';
import { idempotentTransaction } from './idempotency';
import { recordAudit } from './record-audit';
import { ServiceError } from './service-error';

/** Asks the lot to let the car out (현장 주차장 OB 출차요청); the operator acknowledges it. */
export function requestExit(db: Database, actor: Actor, meta: RequestMeta, caseId: string, expectedVersion?: number | null): Promise<ExitRequestRow> {
  const input = { caseId, expectedVersion };
  return idempotentTransaction(db, actor, meta, { operation: 'requestExit', input, table: exitRequests }, async (tx) => {
    const row = await lockCaseForWrite(tx, actor, caseId, { expectedVersion });
    const [open] = await tx
      .select({ id: exitRequests.id })
      .from(exitRequests)
      .where(and(eq(exitRequests.caseId, row.id), eq(exitRequests.status, 'REQUESTED')));
    if (open) throw new ServiceError('CONFLICT', '이미 처리를 기다리는 출차 요청이 있습니다.');
    const [request] = await tx.insert(exitRequests).values({ caseId: row.id, lotId: row.lotId, requestedById: actor.id }).returning();
    if (!request) throw new Error('insert returned no row');
    await recordCaseEvent(tx, actor, row, {
      type: 'EXIT_REQUESTED',
      scriptStep: 'EXIT_CHECK',
      detail: '주차장 현장에 출차 처리 요청 (약 5분 소요 안내)',
      changes: { status: 'WAITING_ON_OPERATOR' },
    });
    await recordAudit(tx, { actor, meta, action: 'REQUEST_EXIT', subjectType: 'ExitRequest', subjectId: request.id });
    return request;
  });
}
