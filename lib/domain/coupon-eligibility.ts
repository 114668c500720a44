import type { VocKind } from './enum-values';
import type { PolicyValues } from './policy-version';
import type { RuleReason } from './rule-reason';

/** The part of a case that decides whether it counts as an omission. */
export interface CountableCase {
  id: string;
  kind: VocKind;
  identityVerified: boolean;
  duplicateOfId: string | null;
}

/**
 * Whether a case counts as a registration omission: an operator-omission case of a verified
 * caller that is not a second contact about an incident already counted.
 */
export function countsAsOmission(c: CountableCase): boolean {
  return c.kind === 'OPERATOR_OMISSION' && c.identityVerified && c.duplicateOfId === null;
}

/** The counted omissions among a customer's cases of one KST month. */
export function countOmissions(casesOfMonth: readonly CountableCase[]): number {
  return casesOfMonth.filter(countsAsOmission).length;
}

export interface EligibilityInput {
  /** The case the agent is on. */
  subject: CountableCase;
  /** Every case of the same customer whose incident is in the subject's KST month (subject included). */
  casesOfMonth: readonly CountableCase[];
  /** Compensation coupons already issued to the customer for that month. */
  couponsThisMonth: number;
  /** Whether one of those coupons was issued on the subject case itself. */
  issuedOnSubject?: boolean;
  /** The policy in force at the subject's incident time, or null if none was. */
  policy: PolicyValues | null;
}

/** What a customer's KST month holds for the rule: its cases and the cases its coupons were issued on. */
export interface CustomerMonthFacts {
  casesOfMonth: readonly CountableCase[];
  /** One entry per coupon of the month: the case it was issued on. */
  couponCaseIds: readonly string[];
}

/** The catalog sentences the rule answers with (reasons.json). */
export type CouponReasonCode =
  | 'couponNoPolicy'
  | 'couponEquipmentFault'
  | 'couponRefundClaim'
  | 'couponIdentityNotVerified'
  | 'couponRepeatContact'
  | 'couponIssuedOnCase'
  | 'couponMonthLimit'
  | 'couponBelowThreshold'
  | 'couponEligible';

export interface Eligibility {
  eligible: boolean;
  omissionsThisMonth: number;
  amount: number;
  /** Why (not), for the agent to read out or paraphrase, worded in the reader's language. */
  reason: RuleReason<CouponReasonCode>;
}

/**
 * The guide's rule (정기권 보상정책 24.7.26): on an operator's registration omission, a coupon
 * only from the threshold-th counted omission of the customer in the month, and no more
 * coupons than the policy allows a month. Care comes first; the UI asks the agent to confirm
 * the customer is still unsatisfied before issuing.
 */
export function couponEligibility(input: EligibilityInput): Eligibility {
  const { subject, policy } = input;
  const omissionsThisMonth = countOmissions(input.casesOfMonth);
  const amount = policy?.couponAmount ?? 0;
  const deny = (code: CouponReasonCode, params?: RuleReason['params']): Eligibility => ({
    eligible: false,
    omissionsThisMonth,
    amount,
    reason: { code, params },
  });

  if (!policy) return deny('couponNoPolicy');
  if (subject.kind === 'EQUIPMENT_FAULT') return deny('couponEquipmentFault');
  if (subject.kind === 'REFUND_CLAIM') return deny('couponRefundClaim');
  if (!subject.identityVerified) return deny('couponIdentityNotVerified');
  if (subject.duplicateOfId !== null) return deny('couponRepeatContact');
  if (input.issuedOnSubject) return deny('couponIssuedOnCase');
  if (input.couponsThisMonth >= policy.couponsPerMonth) return deny('couponMonthLimit', { couponsPerMonth: policy.couponsPerMonth });
  if (omissionsThisMonth < policy.repeatThreshold) {
    return deny('couponBelowThreshold', { omissions: omissionsThisMonth, threshold: policy.repeatThreshold });
  }
  return {
    eligible: true,
    omissionsThisMonth,
    amount,
    reason: { code: 'couponEligible', params: { omissions: omissionsThisMonth, amount } },
  };
}

/**
 * The rule on a month's facts. The coupon count and "already issued on this case" are both read
 * from the month's coupons here, so no caller can pass one without the other (the page and the
 * issuing transaction once disagreed on a second coupon for the same case).
 */
export function couponEligibilityOf(subject: CountableCase, month: CustomerMonthFacts, policy: PolicyValues | null): Eligibility {
  return couponEligibility({
    subject,
    casesOfMonth: month.casesOfMonth,
    couponsThisMonth: month.couponCaseIds.length,
    issuedOnSubject: month.couponCaseIds.includes(subject.id),
    policy,
  });
}
