/**
 * The actions of the guided flow, as the case page marks their controls (data-action). In the
 * guide's order: verify the caller; the exit (call-button guidance or an exit request) and the
 * registration request; the on-site payment's receipt and cancellation; the coupon; closing.
 */
export const FLOW_ACTIONS = [
  'verify-identity',
  'guide-call-button',
  'request-exit',
  'request-registration',
  'attach-receipt',
  'request-payment-cancellation',
  'issue-coupon',
  'resolve-case',
] as const;

/** One action of the flow, the value of its control's data-action attribute. */
export type FlowAction = (typeof FLOW_ACTIONS)[number];

/** What of a case decides what is still to do (the workspace's query has all of it). */
export interface FlowFacts {
  status: string;
  identityVerified: boolean;
  lot: { hasExitCallButton: boolean };
  timeline: readonly { type: string; scriptStep?: string | null }[];
  exitRequests: readonly unknown[];
  registrationRequests: readonly { status: string }[];
  onsitePayments: readonly { hasReceipt: boolean; cancellationRequested: boolean }[];
  couponEligibility: { eligible: boolean };
  coupons: readonly unknown[];
}

/**
 * The actions still to do on a case, in the flow's order; the first is "next". Nothing for a
 * closed case; only verifying until the caller is verified (nothing else may be done before).
 * The exit is done once the customer was guided to the call button or an exit request went out;
 * the coupon is offered only where the server says the case is eligible; closing is always last.
 */
export function actionsToDo(kase: FlowFacts): FlowAction[] {
  if (kase.status === 'RESOLVED') return [];
  if (!kase.identityVerified) return ['verify-identity'];
  const todo: FlowAction[] = [];
  const guided = kase.timeline.some(
    (event) => event.type === 'EXIT_CALL_GUIDED' || (event.type === 'GUIDANCE_GIVEN' && event.scriptStep === 'EXIT_CHECK'),
  );
  if (!guided && kase.exitRequests.length === 0) todo.push(kase.lot.hasExitCallButton ? 'guide-call-button' : 'request-exit');
  if (!kase.registrationRequests.some((request) => request.status !== 'REJECTED')) todo.push('request-registration');
  if (kase.onsitePayments.some((payment) => !payment.hasReceipt)) todo.push('attach-receipt');
  if (kase.onsitePayments.some((payment) => payment.hasReceipt && !payment.cancellationRequested))
    todo.push('request-payment-cancellation');
  if (kase.couponEligibility.eligible && kase.coupons.length === 0) todo.push('issue-coupon');
  todo.push('resolve-case');
  return todo;
}

/** The control to go to from `current`: the first to do, or the one after `current` (round). */
export function nextTarget<T>(targets: readonly T[], current: T | null): T | null {
  if (targets.length === 0) return null;
  const index = current === null ? -1 : targets.indexOf(current);
  return targets[(index + 1) % targets.length] ?? null;
}
