/** How long an operator may take, in minutes: acknowledge an exit, confirm a registration. */
export interface ResponseTargets {
  exitAckMinutes: number;
  registrationConfirmMinutes: number;
}

/** The defaults where an operator has no targets of its own: a car is waiting at the barrier. */
export const DEFAULT_RESPONSE_TARGETS: ResponseTargets = { exitAckMinutes: 5, registrationConfirmMinutes: 24 * 60 };

/** When a request is due: its request time plus the target for its kind. */
export function dueAt(kind: 'EXIT' | 'REGISTRATION', requestedAt: Date, targets: ResponseTargets): Date {
  const minutes = kind === 'EXIT' ? targets.exitAckMinutes : targets.registrationConfirmMinutes;
  return new Date(requestedAt.getTime() + minutes * 60_000);
}

/** Whether a request still waiting on the operator is past its due time. */
export function isOverdue(request: { status: string; dueAt: Date }, now: Date): boolean {
  const open = request.status === 'REQUESTED' || request.status === 'ACKNOWLEDGED';
  return open && now.getTime() > request.dueAt.getTime();
}

/** How long the payments side may take to settle an on-site payment's cancellation (domain.md). */
export const DEFAULT_CANCELLATION_TARGET_HOURS = 72;
