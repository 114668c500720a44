import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import {
  cases,
  exitRequests,
  managerNotices,
  type ManagerNoticeRow,
  onsitePayments,
  parkingLots,
  paymentCancellations,
  registrationRequests,
  responseTargets,
} from '@/db/schema';
import { OPEN_CANCELLATION_STATUSES } from '@/lib/domain/payment-cancellation';
import { DEFAULT_CANCELLATION_TARGET_HOURS, DEFAULT_RESPONSE_TARGETS } from '@/lib/domain/response-targets';
import { recordCaseEvent } from '../cases/case-write';
import { recordAudit } from '../audit/record-audit';
import { OPEN_STATES, REQUEST_TABLES, type RequestKind, type RequestRows } from '../core/request-scope';
import type { GuideStepKey } from '@/lib/domain/guide-script';
import { renderReason, type Reason } from '@/lib/i18n/reasons';

type RequestTable = typeof exitRequests | typeof registrationRequests;

/** The request's deadline in SQL: requested_at + the operator's target (or the default). */
function deadline(table: RequestTable, column: 'exit_ack_minutes' | 'registration_confirm_minutes', fallback: number) {
  return sql`${table.requestedAt} + make_interval(mins => coalesce(
    (SELECT ${sql.identifier(column)} FROM ${responseTargets} rt JOIN ${parkingLots} pl ON pl.operator_id = rt.operator_id WHERE pl.id = ${table.lotId}),
    ${fallback}))`;
}

// Each kind's column of the operator's response targets, and the default without one.
const TARGET = {
  exit: { column: 'exit_ack_minutes', fallback: DEFAULT_RESPONSE_TARGETS.exitAckMinutes },
  registration: { column: 'registration_confirm_minutes', fallback: DEFAULT_RESPONSE_TARGETS.registrationConfirmMinutes },
} as const;

/** Claims the open requests of a kind past their deadline, each once (the claim sets escalated_at). */
async function claimOverdueRequests<K extends RequestKind>(tx: Transaction, kind: K, now: Date): Promise<RequestRows[K][]> {
  // The two tables share every column used here; drizzle types a statement over one table, not a union.
  const table = REQUEST_TABLES[kind] as typeof exitRequests;
  const { column, fallback } = TARGET[kind];
  const claimed = await tx
    .update(table)
    .set({ escalatedAt: now })
    .where(and(isNull(table.escalatedAt), inArray(table.status, [...OPEN_STATES[kind]]), lt(deadline(table, column, fallback), now)))
    .returning();
  return claimed as RequestRows[K][];
}

/**
 * Finds requests and payment cancellations past their target and escalates each exactly once:
 * a timeline event on the case and a notice to managers. The UPDATE … WHERE escalated_at IS NULL
 * claims each row, so several app instances running this at once never escalate one twice.
 * `now` is the clock, passed in so tests can stand past a due time.
 */
export async function escalateOverdueRequests(
  db: Database,
  now = new Date(),
): Promise<{ exits: number; registrations: number; cancellations: number }> {
  return db.transaction(async (tx) => {
    const exits = await claimOverdueRequests(tx, 'exit', now);
    const registrations = await claimOverdueRequests(tx, 'registration', now);
    for (const request of exits) await escalate(tx, 'ExitRequest', request, { code: 'noticeExitOverdue' });
    for (const request of registrations) {
      await escalate(tx, 'RegistrationRequest', request, { code: 'noticeRegistrationOverdue', plate: request.plate });
    }
    const cancellations = await escalateOverdueCancellations(tx, now);
    return { exits: exits.length, registrations: registrations.length, cancellations };
  });
}

// A cancellation's due time is stored on it (filed time + the target), so no target lookup here.
async function escalateOverdueCancellations(tx: Transaction, now: Date): Promise<number> {
  const claimed = await tx
    .update(paymentCancellations)
    .set({ escalatedAt: now })
    .where(
      and(
        isNull(paymentCancellations.escalatedAt),
        inArray(paymentCancellations.status, [...OPEN_CANCELLATION_STATUSES]),
        lt(paymentCancellations.dueAt, now),
      ),
    )
    .returning({ id: paymentCancellations.id });
  if (claimed.length === 0) return 0;
  const overdue = await tx
    .select({
      id: paymentCancellations.id,
      caseId: cases.id,
      code: cases.code,
      lotId: cases.lotId,
      lotName: parkingLots.name,
      amount: onsitePayments.amount,
    })
    .from(paymentCancellations)
    .innerJoin(cases, eq(cases.id, paymentCancellations.caseId))
    .innerJoin(parkingLots, eq(parkingLots.id, cases.lotId))
    .innerJoin(onsitePayments, eq(onsitePayments.id, paymentCancellations.onsitePaymentId))
    .where(
      inArray(
        paymentCancellations.id,
        claimed.map((row) => row.id),
      ),
    );
  for (const item of overdue) {
    await writeEscalation(tx, {
      kind: 'CANCELLATION_OVERDUE',
      subject: { type: 'PaymentCancellation', id: item.id, caseId: item.caseId, lotId: item.lotId },
      scriptStep: 'ONSITE_PAYMENT',
      reason: {
        code: 'noticeCancellationOverdue',
        params: { lot: item.lotName, amount: item.amount, hours: DEFAULT_CANCELLATION_TARGET_HOURS, code: item.code },
      },
    });
  }
  return overdue.length;
}

async function escalate(
  tx: Transaction,
  subjectType: 'ExitRequest' | 'RegistrationRequest',
  request: { id: string; caseId: string; lotId: string },
  late: { code: 'noticeExitOverdue' | 'noticeRegistrationOverdue'; plate?: string },
): Promise<void> {
  const [lot] = await tx.select({ name: parkingLots.name }).from(parkingLots).where(eq(parkingLots.id, request.lotId));
  // The lot's name is its own (Korean) name; a lot gone meanwhile reads as "the lot".
  const reason: Reason = { code: late.code, params: { lot: lot?.name ?? '__none', plate: late.plate ?? '' } };
  await writeEscalation(tx, {
    kind: 'REQUEST_OVERDUE',
    subject: { type: subjectType, id: request.id, caseId: request.caseId, lotId: request.lotId },
    scriptStep: null,
    reason,
  });
}

/** One escalation: a notice to managers, the case's timeline event and the access-log entry. */
async function writeEscalation(
  tx: Transaction,
  escalation: {
    kind: ManagerNoticeRow['kind'];
    subject: { type: string; id: string; caseId: string; lotId: string };
    scriptStep: GuideStepKey | null;
    reason: Reason;
  },
): Promise<void> {
  const { kind, subject, scriptStep, reason } = escalation;
  await tx.insert(managerNotices).values({ kind, caseId: subject.caseId, lotId: subject.lotId, ...noticeMessage(reason) });
  await recordCaseEvent(tx, null, { id: subject.caseId }, { type: 'REQUEST_ESCALATED', scriptStep, reason, byAgent: false });
  // A change made by the system itself: no account, no address.
  const detail = { caseId: subject.caseId };
  await recordAudit(tx, { actor: null, action: 'ESCALATE_REQUEST', subjectType: subject.type, subjectId: subject.id, detail });
}

/** A notice's columns: the Korean sentence and its catalog code and parameters. */
function noticeMessage(reason: Reason) {
  return { message: renderReason(reason), messageCode: reason.code, messageParams: reason.params ?? {} };
}
