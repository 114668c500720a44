import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '@/db/client';
import { cases, coupons } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { recordRead } from '../audit/record-read';
import { countedOmission, REPEAT_MIN_OMISSIONS } from './counted-omission';
import { toCount } from './report-rows';

/** A customer hit twice or more in a KST month. */
export interface RepeatCustomerRow {
  customerId: string;
  omissions: number;
  couponIssued: boolean;
  lotIds: string[];
}

/**
 * Customers with two or more counted omissions in a KST month (over all lots), most hit
 * first, with whether a compensation coupon was issued to them for that month and the lots
 * of those omissions. Uses cases_month_kind_idx and coupons_customer_month_slot_key.
 * It names customers, so the read is logged (month and count).
 */
export async function repeatCustomers(db: Executor, actor: Actor, meta: RequestMeta, month: string): Promise<RepeatCustomerRow[]> {
  const result = await db.execute(sql`
    SELECT ${cases.customerId} AS customer_id, count(*) AS omissions,
      json_agg(DISTINCT ${cases.lotId}) AS lot_ids,
      EXISTS (SELECT 1 FROM ${coupons} WHERE ${coupons.customerId} = ${cases.customerId} AND ${coupons.month} = ${month}) AS coupon_issued
    FROM ${cases}
    WHERE ${cases.incidentMonth} = ${month} AND ${countedOmission}
    GROUP BY ${cases.customerId}
    HAVING count(*) >= ${REPEAT_MIN_OMISSIONS}
    ORDER BY omissions DESC, customer_id`);
  const rows = rowsOf<Record<string, unknown>>(result);
  await recordRead(db, { actor, meta, action: 'LIST_REPEAT_CUSTOMERS', subjectType: 'Customer', detail: { month, count: rows.length } });
  return rows.map((row) => ({
    customerId: String(row.customer_id),
    omissions: toCount(row.omissions),
    couponIssued: row.coupon_issued === true,
    lotIds: (typeof row.lot_ids === 'string' ? JSON.parse(row.lot_ids) : row.lot_ids) as string[],
  }));
}
