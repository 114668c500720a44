import { eq } from 'drizzle-orm';
import { cases, parkingLots, passes, type RegistrationRequestRow } from '@/db/schema';
import { registrationConfirmedSms } from '@/lib/domain/sms-templates';
import { recordOperatorStep } from './case-after-request';
import { setRequestState, type RequestMove } from './set-request-state';
import { queueSms } from '../messaging/queue-sms';
import { recordAudit } from '../audit/record-audit';
import { lockRequest } from '../core/request-scope';
import { ServiceError } from '../core/service-error';

/**
 * The operator registered the plate (ACKNOWLEDGED → CONFIRMED): the pass is marked registered
 * and the customer's text is queued in the same transaction.
 */
export const confirmRegistration: RequestMove<RegistrationRequestRow> = (db, actor, meta, id, now = new Date()) =>
  db.transaction(async (tx) => {
    const request = await lockRequest(tx, actor, 'registration', id);
    if (request.status !== 'ACKNOWLEDGED') {
      throw new ServiceError('CONFLICT', request.status === 'REQUESTED' ? 'acknowledgeFirst' : 'registrationAlreadyHandled');
    }
    const updated = await setRequestState(tx, 'registration', id, { status: 'CONFIRMED', resolvedAt: now, resolvedById: actor.id });
    await tx.update(passes).set({ registered: true }).where(eq(passes.id, request.passId));
    const [caseRow] = await tx.select({ code: cases.code, customerId: cases.customerId }).from(cases).where(eq(cases.id, request.caseId));
    const [lot] = await tx.select({ name: parkingLots.name }).from(parkingLots).where(eq(parkingLots.id, request.lotId));
    if (!caseRow || !lot) throw new Error('request without its case or lot');
    await queueSms(tx, {
      customerId: caseRow.customerId,
      caseId: request.caseId,
      body: registrationConfirmedSms({ lotName: lot.name, plate: request.plate, caseCode: caseRow.code }),
    });
    await recordOperatorStep(tx, actor, request.caseId, {
      type: 'REGISTRATION_CONFIRMED',
      reason: { code: 'eventRegistrationConfirmed', params: { plate: request.plate } },
    });
    await recordAudit(tx, { actor, meta, action: 'CONFIRM_REGISTRATION', subjectType: 'RegistrationRequest', subjectId: id });
    return updated;
  });
