import type { VocKind } from './enum-values';
import type { RuleReason } from './rule-reason';

export type { VocKind };

/** Why an agent may not reclassify: the catalog sentence's code. */
export type ReclassifyRefusalCode = 'reclassifyCouponOnCase' | 'reclassifyRefundInPlay' | 'reclassifyCountBacksCoupon';

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
 * that is a manager's call. Null when allowed, else the reason as a catalog sentence.
 */
export function reclassifyRefusal(facts: ReclassifyFacts): RuleReason<ReclassifyRefusalCode> | null {
  if (facts.role === 'MANAGER') return null;
  if (facts.couponOnCase) return { code: 'reclassifyCouponOnCase' };
  if (facts.refundInPlay) return { code: 'reclassifyRefundInPlay' };
  if (facts.countBacksCoupon) return { code: 'reclassifyCountBacksCoupon' };
  return null;
}
