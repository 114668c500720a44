import { DEFAULT_CANCELLATION_TARGET_HOURS } from './response-targets';
import type { RuleReason } from './rule-reason';

/** A payment cancellation's states, in order (domain.md: 접수 → 처리 중 → 완료 or 반려). */
export const CANCELLATION_STATUSES = ['RECEIVED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED'] as const;
export type CancellationStatus = (typeof CANCELLATION_STATUSES)[number];

/** The states in which a cancellation still waits on a manager: the queue, the target, escalation. */
export const OPEN_CANCELLATION_STATUSES = ['RECEIVED', 'IN_PROGRESS'] as const satisfies readonly CancellationStatus[];

/** What each state is called in exports and in the server's own records. */
export const CANCELLATION_STATUS_LABEL: Record<CancellationStatus, string> = {
  RECEIVED: '접수',
  IN_PROGRESS: '처리 중',
  COMPLETED: '완료',
  REJECTED: '반려',
};

/** The longest reason a manager may give for a rejection. */
export const CANCELLATION_REJECT_REASON_MAX = 500;

/** When a cancellation is due: filed time plus the response target (72 hours by default). */
export function cancellationDueAt(requestedAt: Date, targetHours = DEFAULT_CANCELLATION_TARGET_HOURS): Date {
  return new Date(requestedAt.getTime() + targetHours * 3_600_000);
}

/** Whether a state still waits on a manager. */
export function isOpenCancellation(status: CancellationStatus): boolean {
  return (OPEN_CANCELLATION_STATUSES as readonly string[]).includes(status);
}

/** Whether an open cancellation is past its due time at `now`; a settled one never is. */
export function isCancellationOverdue(item: { status: CancellationStatus; dueAt: Date }, now: Date): boolean {
  return isOpenCancellation(item.status) && now.getTime() > item.dueAt.getTime();
}

/** The manager's moves on a cancellation. */
export type CancellationMove = 'TAKE' | 'COMPLETE' | 'REJECT';

/**
 * Why a move is refused from a state, or null when it is allowed. Taking is from 접수 only (a
 * case being worked is someone's); completing and rejecting from either open state, so a
 * manager can settle one straight from the shared queue. A settled one is final.
 */
export function cancellationMoveRefusal(
  status: CancellationStatus,
  move: CancellationMove,
): RuleReason<'cancellationSettled' | 'cancellationTaken'> | null {
  if (status === 'COMPLETED' || status === 'REJECTED') return { code: 'cancellationSettled', params: { status } };
  if (move === 'TAKE' && status === 'IN_PROGRESS') return { code: 'cancellationTaken' };
  return null;
}
