/** When repeated failures lock sign-in: per account (email) and per client address. */
export interface LockoutRule {
  failures: number; // this many failures …
  windowMs: number; // … within this span …
  lockMs: number; // … refuse sign-in for this long after the last of them
}

const MINUTE = 60_000;

/** The error code a locked sign-in reports to the sign-in form (next-auth passes it on). */
export const SIGN_IN_LOCKED_ERROR = 'LOCKED';
/** The error code of a sign-in refused by the rate limit (HTTP 429, lib/auth/sign-in-rate-limit.ts). */
export const SIGN_IN_RATE_LIMITED_ERROR = 'RATE_LIMITED';

/** 5 failures for one email in 15 minutes lock it for 15 minutes. */
export const ACCOUNT_LOCKOUT: LockoutRule = { failures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
/** 20 failures from one address in 15 minutes lock that address for 15 minutes. */
export const ADDRESS_LOCKOUT: LockoutRule = { failures: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

/** How far back failures can still matter for a rule: a window, then a lock. */
export function lookbackMs(rule: LockoutRule): number {
  return rule.windowMs + rule.lockMs;
}

/**
 * Until when sign-in is locked, given the times of failed attempts (in any order), or null
 * when it is not locked at `now`. A lock starts at the failure that completes `failures`
 * failures within `windowMs` and lasts `lockMs`. Attempts refused during a lock are not
 * failures, so guessing on during a lock does not prolong it.
 */
export function lockedUntil(failureTimes: readonly Date[], now: Date, rule: LockoutRule): Date | null {
  const times = failureTimes.map((t) => t.getTime()).sort((a, b) => a - b);
  let until = -Infinity;
  for (let i = rule.failures - 1; i < times.length; i += 1) {
    const last = times[i]!;
    const first = times[i - rule.failures + 1]!;
    if (last - first <= rule.windowMs) until = Math.max(until, last + rule.lockMs);
  }
  return until > now.getTime() ? new Date(until) : null;
}
