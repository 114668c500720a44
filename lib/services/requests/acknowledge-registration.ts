import type { RegistrationRequestRow } from '@/db/schema';
import { recordOperatorStep } from './case-after-request';
import { setRequestState, type RequestMove } from './set-request-state';
import { recordAudit } from '../audit/record-audit';
import { lockRequest } from '../core/request-scope';
import { ServiceError } from '../core/service-error';

/** The operator has seen the registration request and is checking it (REQUESTED → ACKNOWLEDGED). */
export const acknowledgeRegistration: RequestMove<RegistrationRequestRow> = (db, actor, meta, id, now = new Date()) =>
  db.transaction(async (tx) => {
    const request = await lockRequest(tx, actor, 'registration', id);
    if (request.status !== 'REQUESTED') throw new ServiceError('CONFLICT', 'registrationAlreadyAcknowledged');
    const updated = await setRequestState(tx, 'registration', id, {
      status: 'ACKNOWLEDGED',
      acknowledgedAt: now,
      acknowledgedById: actor.id,
    });
    await recordOperatorStep(tx, actor, request.caseId, {
      type: 'REGISTRATION_ACKNOWLEDGED',
      reason: { code: 'eventRegistrationAcknowledged', params: { plate: request.plate } },
    });
    await recordAudit(tx, { actor, meta, action: 'ACKNOWLEDGE_REGISTRATION', subjectType: 'RegistrationRequest', subjectId: id });
    return updated;
  });
