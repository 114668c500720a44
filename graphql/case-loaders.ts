import DataLoader from 'dataloader';
import { and, eq, or } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { cases, coupons } from '@/db/schema';
import type { CountableCase } from '@/lib/domain/coupon-eligibility';
import { loadPolicyVersions } from '@/lib/services/compensation/judge-coupon';
import { createCaseChildrenLoader } from './case-children-loader';

/** Rows grouped under the key they belong to, in the order of the keys asked for. */
function groupRows<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return keys.map((key) => groups.get(key) ?? []);
}

/** What coupon eligibility reads for one customer and KST month. */
export interface CustomerMonth {
  casesOfMonth: (CountableCase & { lotId: string })[];
  couponsThisMonth: number;
  /** The cases the month's coupons were issued on. */
  couponCaseIds: string[];
}

/** The loaders behind a case's nested fields (timeline, requests, payments, compensation). */
export function createCaseLoaders(db: Database) {
  return {
    ...createCaseChildrenLoader(db),
    // Keyed "customerId|YYYY-MM": the customer's cases and coupons of that month.
    customerMonth: new DataLoader<string, CustomerMonth>(async (keys) => {
      const pairs = keys.map((key) => key.split('|') as [string, string]);
      const caseMatch = or(...pairs.map(([customerId, month]) => and(eq(cases.customerId, customerId), eq(cases.incidentMonth, month))));
      const couponMatch = or(...pairs.map(([customerId, month]) => and(eq(coupons.customerId, customerId), eq(coupons.month, month))));
      const [caseRows, couponRows] = await Promise.all([
        db
          .select({ id: cases.id, kind: cases.kind, identityVerified: cases.identityVerified, duplicateOfId: cases.duplicateOfId, lotId: cases.lotId, customerId: cases.customerId, month: cases.incidentMonth })
          .from(cases)
          .where(caseMatch),
        db.select({ customerId: coupons.customerId, month: coupons.month, caseId: coupons.caseId }).from(coupons).where(couponMatch),
      ]);
      const monthOf = (row: { customerId: string; month: string }) => `${row.customerId}|${row.month}`;
      const casesByKey = groupRows(keys, caseRows, monthOf);
      const couponsByKey = groupRows(keys, couponRows, monthOf);
      return keys.map((_key, i) => {
        const couponCaseIds = (couponsByKey[i] ?? []).map((coupon) => coupon.caseId);
        return { casesOfMonth: casesByKey[i] ?? [], couponsThisMonth: couponCaseIds.length, couponCaseIds };
      });
    }),
    // One read of the policy table per request, whatever the number of cases.
    policyVersions: new DataLoader<'all', Awaited<ReturnType<typeof loadPolicyVersions>>>(async (keys) => {
      const versions = await loadPolicyVersions(db);
      return keys.map(() => versions);
    }),
  };
}
