import { formatWon } from './won';
import type { VocKind } from './enum-values';
import type { PolicyValues } from './policy-version';

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

export interface Eligibility {
  eligible: boolean;
  omissionsThisMonth: number;
  amount: number;
  /** Korean, for the agent to read out or paraphrase. */
  reason: string;
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
  const deny = (reason: string): Eligibility => ({ eligible: false, omissionsThisMonth, amount, reason });

  if (!policy) return deny('이 사고 시점에 적용되는 보상 정책이 없습니다.');
  if (subject.kind === 'EQUIPMENT_FAULT') {
    return deny('설비 이슈·LPR 오인식 건은 보상 대상이 아닙니다. 케어 후 카메라 오인식으로 종결해 주세요.');
  }
  if (subject.kind === 'REFUND_CLAIM') {
    return deny('환불 요청 건은 쿠폰 보상 대상이 아닙니다. 환불 정책을 안내해 주세요.');
  }
  if (!subject.identityVerified) return deny('본인 확인 전에는 보상을 안내할 수 없습니다.');
  if (subject.duplicateOfId !== null) return deny('같은 사고로 이미 접수된 상담의 재문의라 누락 횟수에 더하지 않습니다.');
  if (input.issuedOnSubject) return deny('이 상담에서 이번 달 보상 쿠폰을 지급했습니다.');
  if (input.couponsThisMonth >= policy.couponsPerMonth) {
    return deny(`이번 달 보상 쿠폰이 이미 지급되었습니다. 보상은 월 ${policy.couponsPerMonth}회에 한합니다.`);
  }
  if (omissionsThisMonth < policy.repeatThreshold) {
    return deny(
      `이번 달 정기권 등록 누락 ${omissionsThisMonth}회째입니다. 쿠폰은 월 ${policy.repeatThreshold}회 이상 누락 시 지급합니다. 정책을 안내하고 케어해 주세요.`,
    );
  }
  return {
    eligible: true,
    omissionsThisMonth,
    amount,
    reason: `이번 달 정기권 등록 누락 ${omissionsThisMonth}회째로 ${formatWon(amount)} 쿠폰 지급 대상입니다. 케어 후에도 고객이 수긍하지 않으면 지급하세요.`,
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
