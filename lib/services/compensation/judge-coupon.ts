import { and, asc, eq, or } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { cases, coupons, policyVersions, type CaseRow } from '@/db/schema';
import { couponEligibilityOf, type CountableCase, type CustomerMonthFacts, type Eligibility } from '@/lib/domain/coupon-eligibility';
import { policyInForce, type PolicyValues } from '@/lib/domain/policy-version';

/** What coupon eligibility reads for one customer and KST month; the lot lets a page keep an operator to their own lots. */
export interface CustomerMonth extends CustomerMonthFacts {
  casesOfMonth: (CountableCase & { lotId: string })[];
  couponCaseIds: string[];
}

/** Where a coupon's facts come from: the request's loaders for a page, the transaction when issuing. */
export interface CouponFactsSource {
  policyVersions(): Promise<PolicyValues[]>;
  customerMonth(customerId: string, month: string): Promise<CustomerMonthFacts>;
}

/** A case's eligibility with what the issuing transaction also needs (the policy and the month's coupon count). */
export interface CouponJudgement extends Eligibility {
  policy: PolicyValues | null;
  couponsThisMonth: number;
}

/** Every policy version, oldest first; few rows, read whole. */
export function loadPolicyVersions(db: Executor): Promise<PolicyValues[]> {
  return db
    .select({
      effectiveFrom: policyVersions.effectiveFrom,
      couponAmount: policyVersions.couponAmount,
      repeatThreshold: policyVersions.repeatThreshold,
      couponsPerMonth: policyVersions.couponsPerMonth,
    })
    .from(policyVersions)
    .orderBy(asc(policyVersions.effectiveFrom));
}

/** Rows grouped under the key they belong to, in the order of the keys asked for. */
function groupRows<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return keys.map((key) => groups.get(key) ?? []);
}

/** The customers' cases and compensation coupons of KST months keyed "customerId|YYYY-MM", in the keys' order. */
export async function loadCustomerMonths(db: Executor, keys: readonly string[]): Promise<CustomerMonth[]> {
  const pairs = keys.map((key) => key.split('|') as [string, string]);
  const caseMatch = or(...pairs.map(([customerId, month]) => and(eq(cases.customerId, customerId), eq(cases.incidentMonth, month))));
  const couponMatch = or(...pairs.map(([customerId, month]) => and(eq(coupons.customerId, customerId), eq(coupons.month, month))));
  // One after the other: on a transaction, statements share one connection.
  const caseRows = await db
    .select({
      id: cases.id,
      kind: cases.kind,
      identityVerified: cases.identityVerified,
      duplicateOfId: cases.duplicateOfId,
      lotId: cases.lotId,
      customerId: cases.customerId,
      month: cases.incidentMonth,
    })
    .from(cases)
    .where(caseMatch);
  const couponRows = await db
    .select({ customerId: coupons.customerId, month: coupons.month, caseId: coupons.caseId })
    .from(coupons)
    .where(couponMatch);
  const monthOf = (row: { customerId: string; month: string }) => `${row.customerId}|${row.month}`;
  const casesByKey = groupRows(keys, caseRows, monthOf);
  const couponsByKey = groupRows(keys, couponRows, monthOf);
  return keys.map((_key, i) => ({
    casesOfMonth: casesByKey[i] ?? [],
    couponCaseIds: (couponsByKey[i] ?? []).map((coupon) => coupon.caseId),
  }));
}

/** The facts as the database has them now: what the issuing transaction judges on. */
export function couponFactsIn(db: Executor): CouponFactsSource {
  return {
    policyVersions: () => loadPolicyVersions(db),
    customerMonth: async (customerId, month) => (await loadCustomerMonths(db, [`${customerId}|${month}`]))[0]!,
  };
}

/**
 * A case's coupon facts, computed once: the page's `couponEligibility` and the issuing
 * transaction both call this, each with its own source of facts, so they cannot disagree.
 */
export async function judgeCoupon(
  source: CouponFactsSource,
  row: Pick<CaseRow, 'id' | 'kind' | 'identityVerified' | 'duplicateOfId' | 'customerId' | 'incidentMonth' | 'incidentAt'>,
): Promise<CouponJudgement> {
  const versions = await source.policyVersions();
  const month = await source.customerMonth(row.customerId, row.incidentMonth);
  const policy = policyInForce(versions, row.incidentAt);
  return { ...couponEligibilityOf(row, month, policy), policy, couponsThisMonth: month.couponCaseIds.length };
}
