import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { couponsByLot, lotsWithCases, omissionsByLotAndCustomer, REPEAT_MIN_OMISSIONS } from './counted-omission';
import { countRows } from './report-rows';

/** One lot's omission figures for a KST month. */
export interface LotOmissionRow {
  lotId: string;
  omissions: number;
  customersWithRepeats: number;
  couponsIssued: number;
  couponAmount: number;
}

export interface RepeatOmissionReportData {
  month: string;
  totalOmissions: number;
  rows: LotOmissionRow[];
}

/**
 * Counted omissions per lot in a KST month, with the customers hit twice or more there and
 * the coupons issued on the lot's cases of that month. A lot is listed when it had any case
 * (of any kind) or coupon that month, with zeros where nothing counted; lots without
 * activity are left out. One statement, read from indexes alone: the omissions are counted
 * once per lot and customer, and both the lot's total and its repeat customers come from that.
 */
export async function repeatOmissionReport(db: Executor, month: string): Promise<RepeatOmissionReportData> {
  const result = await db.execute(sql`
    WITH lot_customer AS (${omissionsByLotAndCustomer(month)}
    ), lot_omissions AS (
      SELECT lot_id, sum(omissions) AS omissions, count(*) FILTER (WHERE omissions >= ${REPEAT_MIN_OMISSIONS}) AS customers
      FROM lot_customer GROUP BY lot_id
    )
    SELECT lot_id, coalesce(o.omissions, 0) AS omissions, coalesce(o.customers, 0) AS customers_with_repeats,
      coalesce(cp.issued, 0) AS coupons_issued, coalesce(cp.amount, 0) AS coupon_amount
    FROM (${lotsWithCases(month)}) lc LEFT JOIN lot_omissions o USING (lot_id)
      FULL JOIN (${couponsByLot(month)}) cp USING (lot_id)
    ORDER BY omissions DESC, lot_id`);
  const rows = countRows(result, 'lotId', ['omissions', 'customersWithRepeats', 'couponsIssued', 'couponAmount']);
  // Every lot with a counted omission has a row, so the rows add up to the month's total.
  return { month, totalOmissions: rows.reduce((sum, row) => sum + row.omissions, 0), rows };
}
