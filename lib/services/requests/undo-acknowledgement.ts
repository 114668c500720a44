import { and, count, eq, gt, isNull, ne, or } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { caseEvents, cases, users, type ExitRequestRow, type RegistrationRequestRow } from '@/db/schema';
import { UNDO_REFUSAL_REASON, undoRefusal } from '@/lib/domain/acknowledgement-undo';
import type { Actor } from '../core/actor';
import { recordOperatorStep } from './case-after-request';
import { setRequestState, type RequestMove } from './set-request-state';
import { recordAudit } from '../audit/record-audit';
import { lockRequest, type RequestKind, type RequestRows } from '../core/request-scope';
import type { Reason } from '@/lib/i18n/reasons';
import { ServiceError } from '../core/service-error';

/** The facts of lib/domain/acknowledgement-undo.ts a request's own row does not carry. */
async function undoContext(
  tx: Transaction,
  request: { caseId: string; acknowledgedAt: Date | null; acknowledgedById: string | null; escalatedAt: Date | null },
) {
  const [by] = request.acknowledgedById
    ? await tx.select({ operatorId: users.operatorId }).from(users).where(eq(users.id, request.acknowledgedById))
    : [];
  // Anything on the case since the acknowledgement by someone who is not lot staff: the agent's
  // next step, a manager, or a job (no actor). The lot's own other steps do not count.
  const [since] = request.acknowledgedAt
    ? await tx
        .select({ n: count() })
        .from(caseEvents)
        .leftJoin(users, eq(users.id, caseEvents.actorId))
        .where(
          and(
            eq(caseEvents.caseId, request.caseId),
            gt(caseEvents.at, request.acknowledgedAt),
            or(isNull(caseEvents.actorId), ne(users.role, 'OPERATOR')),
          ),
        )
    : [];
  const [caseRow] = await tx.select({ status: cases.status }).from(cases).where(eq(cases.id, request.caseId));
  const escalatedSince = request.escalatedAt !== null && request.acknowledgedAt !== null && request.escalatedAt > request.acknowledgedAt;
  return {
    acknowledgedByOperatorId: by?.operatorId ?? null,
    actedOnSince: (since?.n ?? 0) > 0 || escalatedSince || caseRow?.status === 'RESOLVED',
  };
}

function refuseUnlessUndoable(
  actor: Actor,
  request: Parameters<typeof undoContext>[1] & { status: RegistrationRequestRow['status'] },
  context: Awaited<ReturnType<typeof undoContext>>,
  now: Date,
) {
  const refusal = undoRefusal({
    status: request.status,
    acknowledgedAt: request.acknowledgedAt,
    actorOperatorId: actor.operatorId,
    ...context,
    now,
  });
  if (refusal) throw new ServiceError('CONFLICT', UNDO_REFUSAL_REASON[refusal]);
}

// What each kind of undo writes: the timeline's event and sentence, the access log's action.
const UNDONE = {
  exit: {
    type: 'EXIT_ACKNOWLEDGEMENT_UNDONE',
    reason: (): Reason => ({ code: 'eventExitAcknowledgementUndone' }),
    action: 'UNDO_ACKNOWLEDGE_EXIT',
    subjectType: 'ExitRequest',
  },
  registration: {
    type: 'REGISTRATION_ACKNOWLEDGEMENT_UNDONE',
    reason: (request: RegistrationRequestRow): Reason => ({
      code: 'eventRegistrationAcknowledgementUndone',
      params: { plate: request.plate },
    }),
    action: 'UNDO_ACKNOWLEDGE_REGISTRATION',
    subjectType: 'RegistrationRequest',
  },
} as const;

function undoAcknowledgement<K extends RequestKind>(kind: K): RequestMove<RequestRows[K]> {
  const undone = UNDONE[kind];
  return (db, actor, meta, id, now = new Date()) =>
    db.transaction(async (tx) => {
      const request = await lockRequest(tx, actor, kind, id);
      refuseUnlessUndoable(actor, request, await undoContext(tx, request), now);
      // Both kinds have these columns; TypeScript cannot see that through a generic kind.
      const reopened = { status: 'REQUESTED', acknowledgedAt: null, acknowledgedById: null } as const;
      const updated = (await setRequestState<RequestKind>(tx, kind, id, reopened)) as RequestRows[K];
      // An exit request's row lacks only the plate, which the exit's sentence does not read.
      const reason = undone.reason(request as RegistrationRequestRow);
      await recordOperatorStep(tx, actor, request.caseId, { type: undone.type, reason });
      await recordAudit(tx, { actor, meta, action: undone.action, subjectType: undone.subjectType, subjectId: id });
      return updated;
    });
}

/**
 * Takes back an exit acknowledgement made a moment ago (ACKNOWLEDGED → REQUESTED): the car is
 * waiting again, the case waits on the lot again. Refused with CONFLICT once the window passed
 * or the agent or a job acted on it (lib/domain/acknowledgement-undo.ts).
 */
export const undoAcknowledgeExit: RequestMove<ExitRequestRow> = undoAcknowledgement('exit');

/** Takes back a registration acknowledgement (ACKNOWLEDGED → REQUESTED), by the same rules; never after 등록 완료 or 반려. */
export const undoAcknowledgeRegistration: RequestMove<RegistrationRequestRow> = undoAcknowledgement('registration');
