/**
 * An on-site payment is money paid (domain.md, "An on-site payment"): at least 1 won, paid at
 * or after the incident and not in the future. Shared by the service and the agent's form.
 */

/** The smallest on-site payment: money was paid, so at least 1 won. */
export const MIN_ONSITE_PAYMENT_WON = 1;

/**
 * How far ahead of the server's clock a payment time may be: the agent's or the card
 * terminal's clock may run a little fast. Five minutes, and no more.
 */
export const PAID_AT_CLOCK_SKEW_MS = 5 * 60_000;

/** What is wrong with an on-site payment, as a code the pages translate; null when nothing is. */
export type OnsitePaymentProblem = 'AMOUNT_BELOW_MIN' | 'PAID_BEFORE_INCIDENT' | 'PAID_IN_FUTURE';

// The pages enter times to the minute: a payment in the incident's minute is not before it.
function startOfMinute(instant: Date): number {
  return Math.floor(instant.getTime() / 60_000) * 60_000;
}

/** The first problem of an on-site payment of `amount` won at `paidAt` for an incident at `incidentAt`. */
export function onsitePaymentProblem(input: { amount: number; paidAt: Date; incidentAt: Date; now: Date }): OnsitePaymentProblem | null {
  if (!(input.amount >= MIN_ONSITE_PAYMENT_WON)) return 'AMOUNT_BELOW_MIN';
  if (input.paidAt.getTime() > input.now.getTime() + PAID_AT_CLOCK_SKEW_MS) return 'PAID_IN_FUTURE';
  if (input.paidAt.getTime() < startOfMinute(input.incidentAt)) return 'PAID_BEFORE_INCIDENT';
  return null;
}
