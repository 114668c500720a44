import { and, asc, count, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { cases, coupons, policyVersions, type CaseRow } from '@/db/schema';
import { couponEligibility, type Eligibility } from '@/lib/domain/coupon-eligibility';
import { policyInForce, type PolicyValues } from '@/lib/domain/policy-version';

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

/** The customer's cases and compensation coupons of one KST month: what eligibility reads. */
export async function loadCustomerMonth(db: Executor, customerId: string, month: string) {
  // One after the other: on a transaction, statements share one connection.
  const casesOfMonth = await db
    .select({ id: cases.id, kind: cases.kind, identityVerified: cases.identityVerified, duplicateOfId: cases.duplicateOfId })
    .from(cases)
    .where(and(eq(cases.customerId, customerId), eq(cases.incidentMonth, month)));
  const [coupon] = await db.select({ n: count() }).from(coupons).where(and(eq(coupons.customerId, customerId), eq(coupons.month, month)));
  return { casesOfMonth, couponsThisMonth: coupon?.n ?? 0 };
}

/** Eligibility of a case as the database has it now (for the write path; reads go through loaders). */
export async function judgeCoupon(db: Executor, row: CaseRow): Promise<Eligibility & { policy: PolicyValues | null; couponsThisMonth: number }> {
  const versions = await loadPolicyVersions(db);
  const month = await loadCustomerMonth(db, row.customerId, row.incidentMonth);
  const policy = policyInForce(versions, row.incidentAt);
  const eligibility = couponEligibility({ subject: row, casesOfMonth: month.casesOfMonth, couponsThisMonth: month.couponsThisMonth, policy });
  return { ...eligibility, policy, couponsThisMonth: month.couponsThisMonth };
}
