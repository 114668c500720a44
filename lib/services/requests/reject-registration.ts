import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { cases, type RegistrationRequestRow } from '@/db/schema';
import { registrationRejectedSms } from '@/lib/domain/sms-templates';
import type { Actor, RequestMeta } from '../core/actor';
import { recordOperatorStep } from './case-after-request';
import { setRequestState } from './set-request-state';
import { queueSms } from '../messaging/queue-sms';
import { recordAudit } from '../audit/record-audit';
import { lockRequest } from '../core/request-scope';
import { ServiceError } from '../core/service-error';

/**
 * The operator cannot register the plate (ACKNOWLEDGED → REJECTED): the agent sees the reason,
 * the case goes back to the agent once nothing else waits on the lot, and the customer's text
 * (without the operator's words) is queued in the same transaction, as the script promises.
 */
export function rejectRegistration(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { id: string; reason: string },
  now = new Date(),
): Promise<RegistrationRequestRow> {
  return db.transaction(async (tx) => {
    const request = await lockRequest(tx, actor, 'registration', input.id);
    if (request.status !== 'ACKNOWLEDGED') {
      throw new ServiceError('CONFLICT', request.status === 'REQUESTED' ? 'acknowledgeFirst' : 'registrationAlreadyHandled');
    }
    const updated = await setRequestState(tx, 'registration', input.id, {
      status: 'REJECTED',
      resolvedAt: now,
      resolvedById: actor.id,
      rejectReason: input.reason,
    });
    const [caseRow] = await tx.select({ code: cases.code, customerId: cases.customerId }).from(cases).where(eq(cases.id, request.caseId));
    if (!caseRow) throw new Error('request without its case');
    await queueSms(tx, {
      customerId: caseRow.customerId,
      caseId: request.caseId,
      body: registrationRejectedSms({ caseCode: caseRow.code }),
    });
    await recordOperatorStep(tx, actor, request.caseId, {
      type: 'REGISTRATION_REJECTED',
      reason: { code: 'eventRegistrationRejected', params: { reason: input.reason } },
    });
    await recordAudit(tx, { actor, meta, action: 'REJECT_REGISTRATION', subjectType: 'RegistrationRequest', subjectId: input.id });
    return updated;
  });
}
