import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { exitRequests, managerNotices, parkingLots, registrationRequests, responseTargets } from '@/db/schema';
import { DEFAULT_RESPONSE_TARGETS } from '@/lib/domain/response-targets';
import { recordCaseEvent } from './case-write';
import { recordAudit } from './record-audit';
import { OPEN_STATES } from './request-scope';

type RequestTable = typeof exitRequests | typeof registrationRequests;

/** The request's deadline in SQL: requested_at + the operator's target (or the default). */
function deadline(table: RequestTable, column: 'exit_ack_minutes' | 'registration_confirm_minutes', fallback: number) {
  return sql`${table.requestedAt} + make_interval(mins => coalesce(
    (SELECT ${sql.identifier(column)} FROM ${responseTargets} rt JOIN ${parkingLots} pl ON pl.operator_id = rt.operator_id WHERE pl.id = ${table.lotId}),
    ${fallback}))`;
}

/**
 * Finds requests past their target and escalates each exactly once: a timeline event on the
 * case and a notice to managers. The UPDATE … WHERE escalated_at IS NULL claims each row, so
 * several app instances running this at once never escalate a request twice.
 */
export async function escalateOverdueRequests(db: Database, now = new Date()): Promise<{ exits: number; registrations: number }> {
  return db.transaction(async (tx) => {
    const exits = await tx
      .update(exitRequests)
      .set({ escalatedAt: now })
      .where(
        and(
          isNull(exitRequests.escalatedAt),
          inArray(exitRequests.status, [...OPEN_STATES.exit]),
          lt(deadline(exitRequests, 'exit_ack_minutes', DEFAULT_RESPONSE_TARGETS.exitAckMinutes), now),
        ),
      )
      .returning();
    const registrations = await tx
      .update(registrationRequests)
      .set({ escalatedAt: now })
      .where(
        and(
          isNull(registrationRequests.escalatedAt),
          inArray(registrationRequests.status, [...OPEN_STATES.registration]),
          lt(deadline(registrationRequests, 'registration_confirm_minutes', DEFAULT_RESPONSE_TARGETS.registrationConfirmMinutes), now),
        ),
      )
      .returning();
    for (const request of exits) await escalate(tx, 'ExitRequest', request, '출차 요청이 목표 시간 안에 처리되지 않았습니다.');
    for (const request of registrations) {
      await escalate(tx, 'RegistrationRequest', request, `${request.plate} 차량등록 요청이 목표 시간 안에 완료되지 않았습니다.`);
    }
    return { exits: exits.length, registrations: registrations.length };
  });
}

async function escalate(
  tx: Transaction,
  subjectType: 'ExitRequest' | 'RegistrationRequest',
  request: { id: string; caseId: string; lotId: string },
  message: string,
): Promise<void> {
  const [lot] = await tx.select({ name: parkingLots.name }).from(parkingLots).where(eq(parkingLots.id, request.lotId));
  const text = `${lot?.name ?? '주차장'}: ${message}`;
  await tx.insert(managerNotices).values({ kind: 'REQUEST_OVERDUE', caseId: request.caseId, lotId: request.lotId, message: text });
  await recordCaseEvent(tx, null, { id: request.caseId }, { type: 'REQUEST_ESCALATED', scriptStep: null, detail: text, byAgent: false });
  // A change made by the system itself: no account, no address.
  await recordAudit(tx, { actor: null, action: 'ESCALATE_REQUEST', subjectType, subjectId: request.id, detail: { caseId: request.caseId } });
}
