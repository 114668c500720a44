import { describe, expect, it } from 'vitest';
import { duplicateLinkChangesCount, isSameIncidentCandidate, omissionCountReason } from '@/lib/domain/same-incident';

const LOT = 'lot-a';
const NOW = new Date('2026-04-10T12:00:00+09:00');
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000);

describe('omissionCountReason: why a case counts or not', () => {
  it.each([
    ['a verified omission counts', { kind: 'OPERATOR_OMISSION', identityVerified: true, duplicateOfId: null }, 'COUNTED'],
    ['a repeat contact is a duplicate', { kind: 'OPERATOR_OMISSION', identityVerified: true, duplicateOfId: 'x' }, 'DUPLICATE'],
    [
      'a repeat of another kind is still named a duplicate',
      { kind: 'EQUIPMENT_FAULT', identityVerified: true, duplicateOfId: 'x' },
      'DUPLICATE',
    ],
    ['an equipment fault is another kind', { kind: 'EQUIPMENT_FAULT', identityVerified: true, duplicateOfId: null }, 'OTHER_KIND'],
    ['a refund claim is another kind', { kind: 'REFUND_CLAIM', identityVerified: false, duplicateOfId: null }, 'OTHER_KIND'],
    ['an unverified caller proves nothing', { kind: 'OPERATOR_OMISSION', identityVerified: false, duplicateOfId: null }, 'NOT_VERIFIED'],
  ] as const)('%s', (_rule, c, reason) => {
    expect(omissionCountReason({ id: 'c', ...c })).toBe(reason);
  });
});

describe('isSameIncidentCandidate: same lot, opened in the last 24 hours or still open', () => {
  it.each([
    ['open case at the lot, a week old', { lotId: LOT, status: 'OPEN', createdAt: hoursAgo(24 * 7) }, true],
    ['waiting on the operator', { lotId: LOT, status: 'WAITING_ON_OPERATOR', createdAt: hoursAgo(48) }, true],
    ['resolved 23 hours ago', { lotId: LOT, status: 'RESOLVED', createdAt: hoursAgo(23) }, true],
    ['resolved exactly 24 hours ago', { lotId: LOT, status: 'RESOLVED', createdAt: hoursAgo(24) }, true],
    ['resolved 25 hours ago', { lotId: LOT, status: 'RESOLVED', createdAt: hoursAgo(25) }, false],
    ['open at another lot', { lotId: 'lot-b', status: 'OPEN', createdAt: hoursAgo(1) }, false],
  ] as const)('%s → %s', (_what, earlier, expected) => {
    expect(isSameIncidentCandidate(earlier, LOT, NOW)).toBe(expected);
  });
});

describe('duplicateLinkChangesCount: only a case that would count is guarded by a coupon', () => {
  it.each([
    [{ kind: 'OPERATOR_OMISSION', identityVerified: true }, true],
    [{ kind: 'OPERATOR_OMISSION', identityVerified: false }, false],
    [{ kind: 'EQUIPMENT_FAULT', identityVerified: true }, false],
  ] as const)('%o → %s', (c, expected) => {
    expect(duplicateLinkChangesCount({ id: 'c', ...c })).toBe(expected);
  });
});
