import type { ExitRequestRow } from '@/db/schema';
import { recordOperatorStep } from './case-after-request';
import { setRequestState, type RequestMove } from './set-request-state';
import { recordAudit } from '../audit/record-audit';
import { lockRequest } from '../core/request-scope';
import { ServiceError } from '../core/service-error';

/** The lot opened the barrier: the exit request ends here (REQUESTED → ACKNOWLEDGED). */
export const acknowledgeExit: RequestMove<ExitRequestRow> = (db, actor, meta, id, now = new Date()) =>
  db.transaction(async (tx) => {
    const request = await lockRequest(tx, actor, 'exit', id);
    if (request.status !== 'REQUESTED') throw new ServiceError('CONFLICT', 'exitAlreadyHandled');
    const updated = await setRequestState(tx, 'exit', id, { status: 'ACKNOWLEDGED', acknowledgedAt: now, acknowledgedById: actor.id });
    await recordOperatorStep(tx, actor, request.caseId, { type: 'EXIT_ACKNOWLEDGED', reason: { code: 'eventExitAcknowledged' } });
    await recordAudit(tx, { actor, meta, action: 'ACKNOWLEDGE_EXIT', subjectType: 'ExitRequest', subjectId: id });
    return updated;
  });
