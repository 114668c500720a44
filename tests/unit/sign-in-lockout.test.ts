import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_LOCKOUT, ADDRESS_LOCKOUT, lockedUntil } from '@/lib/domain/sign-in-lockout';
import { sessionState, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '@/lib/domain/session-expiry';

const T0 = new Date('2026-04-01T09:00:00+09:00').getTime();
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

describe('sign-in lockout: 5 failures for an account in 15 minutes lock it for 15 minutes', () => {
  it.each([
    ['4 failures: not locked', [0, 1, 2, 3], 4, null],
    ['the 5th failure locks at once', [0, 1, 2, 3, 4], 4, 19],
    ['still locked just before the 15 minutes end', [0, 1, 2, 3, 4], 18.99, 19],
    ['free again 15 minutes after the 5th failure', [0, 1, 2, 3, 4], 19, null],
    ['5 failures spread over more than 15 minutes never lock', [0, 4, 8, 12, 16], 16, null],
    ['exactly 15 minutes between the 1st and 5th still counts', [0, 5, 10, 14, 15], 15, 30],
    ['a later burst locks from its own 5th failure', [0, 20, 21, 22, 23, 24], 30, 39],
    ['the order of the rows does not matter', [4, 0, 3, 1, 2], 5, 19],
  ])('%s', (_name, failures, now, until) => {
    const result = lockedUntil(failures.map(at), at(now), ACCOUNT_LOCKOUT);
    expect(result).toEqual(until === null ? null : at(until));
  });

  it('an address needs 20 failures in 15 minutes', () => {
    const nineteen = Array.from({ length: 19 }, (_, i) => at(i * 0.5));
    expect(lockedUntil(nineteen, at(10), ADDRESS_LOCKOUT)).toBeNull();
    expect(lockedUntil([...nineteen, at(10)], at(10), ADDRESS_LOCKOUT)).toEqual(at(25));
  });

  it('law: a lock never lasts past 15 minutes after the latest failure', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 30 }), fc.integer({ min: 0, max: 200 }), (minutes, now) => {
        const until = lockedUntil(minutes.map(at), at(now), ACCOUNT_LOCKOUT);
        if (until === null) return;
        expect(until.getTime()).toBeGreaterThan(at(now).getTime());
        expect(until.getTime()).toBeLessThanOrEqual(at(Math.max(...minutes)).getTime() + ACCOUNT_LOCKOUT.lockMs);
      }),
    );
  });
});

describe('session expiry: 30 minutes idle, 8 hours in all', () => {
  const session = (createdMin: number, seenMin: number, ended = false) => ({
    createdAt: at(createdMin),
    lastSeenAt: at(seenMin),
    endedAt: ended ? at(seenMin) : null,
  });
  it.each([
    ['just used', session(0, 0), 0.1, 'ACTIVE'],
    ['29 minutes idle', session(0, 10), 39, 'ACTIVE'],
    ['30 minutes idle', session(0, 10), 10 + SESSION_IDLE_MS / 60_000, 'IDLE'],
    ['busy all shift, 8 hours after sign-in', session(0, 479), SESSION_ABSOLUTE_MS / 60_000, 'EXPIRED'],
    ['signed out', session(0, 5, true), 6, 'ENDED'],
  ])('%s → %s', (_name, value, now, state) => {
    expect(sessionState(value, at(now))).toBe(state);
  });
});
