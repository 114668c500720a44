import { and, asc, eq, sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { cases, coupons, type CaseRow } from '@/db/schema';
import { duplicateLinkChangesCount } from '@/lib/domain/same-incident';
import { ServiceError } from '../core/service-error';

/**
 * Serialises the writes that change or rely on one customer's omission count of one KST month
 * (a duplicate link or unlink, a coupon): without it a coupon could be issued on a count that a
 * link committed at the same moment lowers. Held until the transaction ends.
 */
export async function lockCustomerMonth(tx: Transaction, customerId: string, month: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`customer-month:${customerId}:${month}`}))`);
}

/**
 * domain.md: a duplicate link is made or undone only while no coupon was issued on the strength
 * of the count it changes. A case that would not count either way changes no count; otherwise a
 * compensation coupon of the customer for the case's incident month refuses the change, naming
 * the case it was issued on. Takes the customer-month lock first.
 */
export async function refuseIfCouponDependsOnCount(tx: Transaction, row: CaseRow, change: 'link' | 'unlink'): Promise<void> {
  await lockCustomerMonth(tx, row.customerId, row.incidentMonth);
  if (!duplicateLinkChangesCount(row)) return;
  const [coupon] = await tx
    .select({ code: cases.code })
    .from(coupons)
    .innerJoin(cases, eq(cases.id, coupons.caseId))
    .where(and(eq(coupons.customerId, row.customerId), eq(coupons.month, row.incidentMonth)))
    .orderBy(asc(coupons.issuedAt))
    .limit(1);
  if (!coupon) return;
  throw new ServiceError('POLICY_DENIED', { code: 'countBehindCoupon', params: { month: row.incidentMonth, code: coupon.code, change } });
}
