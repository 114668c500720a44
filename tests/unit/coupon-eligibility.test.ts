import { describe, expect, it } from 'vitest';
import { couponEligibility, countsAsOmission, type CountableCase } from '@/lib/domain/coupon-eligibility';
import { policyInForce, type PolicyValues } from '@/lib/domain/policy-version';
import { renderReason } from '@/lib/i18n/reasons';

const POLICY_2024: PolicyValues = {
  effectiveFrom: new Date('2024-07-26T00:00:00+09:00'),
  couponAmount: 3000,
  repeatThreshold: 2,
  couponsPerMonth: 1,
};
const POLICY_2026_05: PolicyValues = {
  effectiveFrom: new Date('2026-05-01T00:00:00+09:00'),
  couponAmount: 5000,
  repeatThreshold: 2,
  couponsPerMonth: 1,
};

let next = 0;
const omission = (overrides: Partial<CountableCase> = {}): CountableCase => ({
  id: `case-${++next}`,
  kind: 'OPERATOR_OMISSION',
  identityVerified: true,
  duplicateOfId: null,
  ...overrides,
});

function judge(subject: CountableCase, others: CountableCase[], couponsThisMonth = 0, policy: PolicyValues | null = POLICY_2024) {
  return couponEligibility({ subject, casesOfMonth: [...others, subject], couponsThisMonth, policy });
}

describe('coupon eligibility (정기권 보상정책 24.7.26)', () => {
  it('coupon: 1st omission in a KST month is not eligible', () => {
    const result = judge(omission(), []);
    expect(result).toMatchObject({ eligible: false, omissionsThisMonth: 1, amount: 3000 });
    expect(renderReason(result.reason)).toContain('1회째');
  });

  it('coupon: 2nd omission in a KST month is eligible for 3,000원', () => {
    const result = judge(omission(), [omission()]);
    expect(result).toMatchObject({ eligible: true, omissionsThisMonth: 2, amount: 3000 });
    expect(renderReason(result.reason)).toContain('3,000원');
  });

  it('coupon: after the month’s coupon, a 3rd omission is not eligible', () => {
    const result = judge(omission(), [omission(), omission()], 1);
    expect(result).toMatchObject({ eligible: false, omissionsThisMonth: 3 });
    expect(renderReason(result.reason)).toContain('이미 지급');
  });

  it('coupon: the case that got the month’s coupon says so', () => {
    const subject = omission();
    const result = couponEligibility({
      subject,
      casesOfMonth: [omission(), subject],
      couponsThisMonth: 1,
      issuedOnSubject: true,
      policy: POLICY_2024,
    });
    expect(result).toMatchObject({ eligible: false, omissionsThisMonth: 2 });
    expect(renderReason(result.reason)).toContain('이 상담에서');
  });

  it('coupon: a duplicate contact about a counted incident does not count', () => {
    const first = omission();
    const result = judge(omission(), [first, omission({ duplicateOfId: first.id })]);
    expect(result.omissionsThisMonth).toBe(2);
    expect(judge(omission(), [omission({ duplicateOfId: first.id })]).omissionsThisMonth).toBe(1);
  });

  it('coupon: the duplicate case itself is never eligible', () => {
    const first = omission();
    const result = judge(omission({ duplicateOfId: first.id }), [first, omission()]);
    expect(result.eligible).toBe(false);
    expect(renderReason(result.reason)).toContain('재문의');
  });

  it.each([['EQUIPMENT_FAULT'], ['REFUND_CLAIM']] as const)('coupon: %s cases never count and are never eligible', (kind) => {
    expect(countsAsOmission(omission({ kind }))).toBe(false);
    expect(judge(omission(), [omission({ kind })]).omissionsThisMonth).toBe(1);
    const result = judge(omission({ kind }), [omission(), omission()]);
    expect(result.eligible).toBe(false);
  });

  it('coupon: an unverified caller’s case does not count and is not eligible', () => {
    expect(judge(omission(), [omission({ identityVerified: false })]).omissionsThisMonth).toBe(1);
    expect(judge(omission({ identityVerified: false }), [omission(), omission()]).eligible).toBe(false);
  });

  it('coupon: without a policy in force nothing is eligible', () => {
    expect(judge(omission(), [omission()], 0, null)).toMatchObject({ eligible: false, amount: 0 });
  });

  it('coupon: a threshold of 3 in a later policy needs a 3rd omission', () => {
    const strict = { ...POLICY_2024, repeatThreshold: 3 };
    expect(judge(omission(), [omission()], 0, strict).eligible).toBe(false);
    expect(judge(omission(), [omission(), omission()], 0, strict).eligible).toBe(true);
  });
});

describe('policy in force', () => {
  const versions = [POLICY_2026_05, POLICY_2024];

  it.each([
    ['2026-04-30T23:59:59+09:00', 3000, 'the last moment before the new version'],
    ['2026-05-01T00:00:00+09:00', 5000, 'the first moment of the new version'],
    ['2026-04-30T15:00:00Z', 5000, 'the same moment written in UTC'],
    ['2025-01-10T10:00:00+09:00', 3000, 'long before'],
  ])('an incident at %s gets the %i원 coupon (%s)', (at, amount) => {
    expect(policyInForce(versions, new Date(at))?.couponAmount).toBe(amount);
  });

  it('an incident before every version has no policy', () => {
    expect(policyInForce(versions, new Date('2024-01-01T00:00:00+09:00'))).toBeNull();
  });

  it('a version that changes the amount applies only to incidents after its date', () => {
    const april = couponEligibility({
      subject: omission(),
      casesOfMonth: [omission(), omission()],
      couponsThisMonth: 0,
      policy: policyInForce(versions, new Date('2026-04-20T10:00:00+09:00')),
    });
    const may = couponEligibility({
      subject: omission(),
      casesOfMonth: [omission(), omission()],
      couponsThisMonth: 0,
      policy: policyInForce(versions, new Date('2026-05-02T10:00:00+09:00')),
    });
    expect([april.amount, may.amount]).toEqual([3000, 5000]);
  });
});
