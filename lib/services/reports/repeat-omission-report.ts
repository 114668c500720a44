import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '@/db/client';
import { cases, coupons } from '@/db/schema';
import { countedOmission, REPEAT_MIN_OMISSIONS, toCount } from './counted-omission';

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
 * activity are left out. One aggregate statement over cases_month_kind_idx / coupons_month_idx.
 */
export async function repeatOmissionReport(db: Executor, month: string): Promise<RepeatOmissionReportData> {
  const result = await db.execute(sql`
    WITH lot_cases AS (
      SELECT ${cases.lotId} AS lot_id, count(*) FILTER (WHERE ${countedOmission}) AS omissions
      FROM ${cases} WHERE ${cases.incidentMonth} = ${month}
      GROUP BY ${cases.lotId}
    ), repeaters AS (
      SELECT lot_id, count(*) AS customers FROM (
        SELECT ${cases.lotId} AS lot_id FROM ${cases}
        WHERE ${cases.incidentMonth} = ${month} AND ${countedOmission}
        GROUP BY ${cases.lotId}, ${cases.customerId}
        HAVING count(*) >= ${REPEAT_MIN_OMISSIONS}
      ) per_customer GROUP BY lot_id
    ), lot_coupons AS (
      SELECT ${cases.lotId} AS lot_id, count(*) AS issued, sum(${coupons.amount}) AS amount
      FROM ${coupons} JOIN ${cases} ON ${cases.id} = ${coupons.caseId}
      WHERE ${coupons.month} = ${month}
      GROUP BY ${cases.lotId}
    )
    SELECT lot_id, coalesce(lc.omissions, 0) AS omissions, coalesce(r.customers, 0) AS customers_with_repeats,
      coalesce(cp.issued, 0) AS coupons_issued, coalesce(cp.amount, 0) AS coupon_amount
    FROM lot_cases lc FULL JOIN lot_coupons cp USING (lot_id) LEFT JOIN repeaters r USING (lot_id)
    ORDER BY omissions DESC, lot_id`);
  const rows = rowsOf<Record<string, unknown>>(result).map((row) => ({
    lotId: String(row.lot_id),
    omissions: toCount(row.omissions),
    customersWithRepeats: toCount(row.customers_with_repeats),
    couponsIssued: toCount(row.coupons_issued),
    couponAmount: toCount(row.coupon_amount),
  }));
  // Every lot with a counted omission has a row, so the rows add up to the month's total.
  return { month, totalOmissions: rows.reduce((sum, row) => sum + row.omissions, 0), rows };
}
