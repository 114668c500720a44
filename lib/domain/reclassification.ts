import type { VocKind } from './enum-values';

export type { VocKind };

/**
 * The only kind a compensation coupon is issued under (coupon-eligibility.ts refuses the others),
 * so a coupon on a case of another kind now was issued under an earlier kind.
 */
export const COUPON_KIND: VocKind = 'OPERATOR_OMISSION';

/** Whether a coupon on a case of this kind was issued under the case's earlier kind. */
export function couponUnderEarlierKind(caseKind: VocKind): boolean {
  return caseKind !== COUPON_KIND;
}

/** What the reclassification rule looks at. */
export interface ReclassifyFacts {
  role: 'AGENT' | 'MANAGER';
  /** A coupon was issued on this case. */
  couponOnCase: boolean;
  /** A refund is proposed or approved on this case. */
  refundInPlay: boolean;
  /** The case counts as an omission now and the customer got a coupon for its month. */
  countBacksCoupon: boolean;
}

/**
 * domain.md ("Reclassifying"): an agent may change the kind only while no compensation exists on
 * the case; a manager at any time. We also keep an agent from pulling an omission out of a month
 * whose count already earned the customer a coupon (the rule domain.md gives duplicate links):
 * that is a manager's call. Null when allowed, else the reason in Korean.
 */
export function reclassifyRefusal(facts: ReclassifyFacts): string | null {
  if (facts.role === 'MANAGER') return null;
  if (facts.couponOnCase) return '보상 쿠폰이 지급된 상담의 유형은 관리자만 바꿀 수 있습니다.';
  if (facts.refundInPlay) return '환불이 제안되었거나 승인된 상담의 유형은 관리자만 바꿀 수 있습니다.';
  if (facts.countBacksCoupon) {
    return '이 상담이 포함된 누락 횟수로 이번 달 보상 쿠폰이 지급되어 상담사는 유형을 바꿀 수 없습니다. 관리자에게 요청해 주세요.';
  }
  return null;
}
