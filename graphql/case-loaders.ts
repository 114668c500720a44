import DataLoader from 'dataloader';
import type { Database } from '@/db/client';
import { loadCustomerMonths, loadPolicyVersions, type CustomerMonth } from '@/lib/services/compensation/judge-coupon';
import { createCaseChildrenLoader } from './case-children-loader';

/** What coupon eligibility reads for one customer and KST month (lib/services/compensation/judge-coupon.ts). */
export type { CustomerMonth };

/** The loaders behind a case's nested fields (timeline, requests, payments, compensation). */
export function createCaseLoaders(db: Database) {
  return {
    ...createCaseChildrenLoader(db),
    // Keyed "customerId|YYYY-MM": the customer's cases and coupons of that month.
    customerMonth: new DataLoader<string, CustomerMonth>((keys) => loadCustomerMonths(db, keys)),
    // One read of the policy table per request, whatever the number of cases.
    policyVersions: new DataLoader<'all', Awaited<ReturnType<typeof loadPolicyVersions>>>(async (keys) => {
      const versions = await loadPolicyVersions(db);
      return keys.map(() => versions);
    }),
  };
}
