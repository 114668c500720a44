import { describe, expect, it } from 'vitest';
import { onsitePaymentProblem, PAID_AT_CLOCK_SKEW_MS } from '@/lib/domain/onsite-payment';

const incidentAt = new Date('2026-04-03T08:10:30+09:00');
const now = new Date('2026-04-03T12:00:00+09:00');

describe('on-site payment: money paid, at or after the incident, not in the future', () => {
  it.each([
    ['4,500 won ten minutes after the incident', 4500, '2026-04-03T08:20:00+09:00', null],
    ['1 won, the least money there is', 1, '2026-04-03T08:20:00+09:00', null],
    ['0 won', 0, '2026-04-03T08:20:00+09:00', 'AMOUNT_BELOW_MIN'],
    ['-1 won', -1, '2026-04-03T08:20:00+09:00', 'AMOUNT_BELOW_MIN'],
    ['NaN won', Number.NaN, '2026-04-03T08:20:00+09:00', 'AMOUNT_BELOW_MIN'],
    ['paid on 1970-01-01', 4500, '1970-01-01T00:00:00Z', 'PAID_BEFORE_INCIDENT'],
    ['paid the minute before the incident', 4500, '2026-04-03T08:09:59+09:00', 'PAID_BEFORE_INCIDENT'],
    ['paid in the incident’s minute (the pages enter minutes)', 4500, '2026-04-03T08:10:00+09:00', null],
    ['paid now', 4500, '2026-04-03T12:00:00+09:00', null],
    ['paid 5 minutes ahead of the server (a fast clock)', 4500, new Date(now.getTime() + PAID_AT_CLOCK_SKEW_MS).toISOString(), null],
    ['paid 5 minutes and a second ahead', 4500, new Date(now.getTime() + PAID_AT_CLOCK_SKEW_MS + 1000).toISOString(), 'PAID_IN_FUTURE'],
  ] as const)('%s → %s', (_name, amount, paidAt, problem) => {
    expect(onsitePaymentProblem({ amount, paidAt: new Date(paidAt), incidentAt, now })).toBe(problem);
  });
});
