import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { passes, registrationRequests, type RegistrationRequestRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite } from '../cases/case-write';
import { recordAuditedCaseEvent } from '../cases/write-case-event';
import { idempotentTransaction } from '../core/idempotency';
import { insertRow } from '../core/rows';
import { ServiceError } from '../core/service-error';

/** Asks the lot's operator to check and register the pass's plate (정기권 차량등록 요청). */
export function requestRegistration(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  caseId: string,
  expectedVersion?: number | null,
): Promise<RegistrationRequestRow> {
  const input = { caseId, expectedVersion };
  return idempotentTransaction(db, actor, meta, { operation: 'requestRegistration', input, table: registrationRequests }, async (tx) => {
    const row = await lockCaseForWrite(tx, actor, caseId, { expectedVersion });
    const [open] = await tx
      .select({ id: registrationRequests.id })
      .from(registrationRequests)
      .where(and(eq(registrationRequests.caseId, row.id), inArray(registrationRequests.status, ['REQUESTED', 'ACKNOWLEDGED'])));
    if (open) throw new ServiceError('CONFLICT', 'registrationInProgress');
    const [pass] = await tx.select().from(passes).where(eq(passes.id, row.passId));
    if (!pass) throw new Error('case without its pass');
    const request = await insertRow(tx, registrationRequests, {
      caseId: row.id,
      passId: pass.id,
      lotId: pass.lotId,
      plate: pass.plate,
      requestedById: actor.id,
    });
    const entry = { actor, meta, action: 'REQUEST_REGISTRATION', subjectType: 'RegistrationRequest', subjectId: request.id } as const;
    await recordAuditedCaseEvent(tx, entry, row, {
      type: 'REGISTRATION_REQUESTED',
      scriptStep: 'EXIT_CHECK',
      reason: { code: 'eventRegistrationRequested', params: { plate: pass.plate } },
      changes: { status: 'WAITING_ON_OPERATOR' },
    });
    return request;
  });
}
