import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '@/db/client';
import { cases, coupons, parkingLots, refunds } from '@/db/schema';
import { countedOmission, REPEAT_MIN_OMISSIONS, toCount } from './counted-omission';

/** One operator's omission and compensation figures for a KST month. */
export interface OperatorOmissionRow {
  operatorId: string;
  omissions: number;
  customersWithRepeats: number;
  couponsIssued: number;
  couponAmount: number;
  refundsCount: number;
  refundAmount: number;
}

/**
 * Per operator (over all its lots): counted omissions in a KST month, customers with two or
 * more of them at the operator's lots, coupons of that month on its cases, and approved
 * refunds on its cases of that incident month. Operators with any case, coupon or approved
 * refund that month are listed, with zeros where nothing counted.
 */
export async function operatorOmissionReport(db: Executor, month: string): Promise<OperatorOmissionRow[]> {
  const result = await db.execute(sql`
    WITH op_cases AS (
      SELECT pl.operator_id, count(*) FILTER (WHERE ${countedOmission}) AS omissions
      FROM ${cases} JOIN ${parkingLots} pl ON pl.id = ${cases.lotId}
      WHERE ${cases.incidentMonth} = ${month}
      GROUP BY pl.operator_id
    ), repeaters AS (
      SELECT operator_id, count(*) AS customers FROM (
        SELECT pl.operator_id FROM ${cases} JOIN ${parkingLots} pl ON pl.id = ${cases.lotId}
        WHERE ${cases.incidentMonth} = ${month} AND ${countedOmission}
        GROUP BY pl.operator_id, ${cases.customerId}
        HAVING count(*) >= ${REPEAT_MIN_OMISSIONS}
      ) per_customer GROUP BY operator_id
    ), op_coupons AS (
      SELECT pl.operator_id, count(*) AS issued, sum(${coupons.amount}) AS amount
      FROM ${coupons} JOIN ${cases} ON ${cases.id} = ${coupons.caseId} JOIN ${parkingLots} pl ON pl.id = ${cases.lotId}
      WHERE ${coupons.month} = ${month}
      GROUP BY pl.operator_id
    ), op_refunds AS (
      SELECT pl.operator_id, count(*) AS refunds, sum(${refunds.amount}) AS amount
      FROM ${refunds} JOIN ${cases} ON ${cases.id} = ${refunds.caseId} JOIN ${parkingLots} pl ON pl.id = ${cases.lotId}
      WHERE ${cases.incidentMonth} = ${month} AND ${refunds.status} = 'APPROVED'
      GROUP BY pl.operator_id
    )
    SELECT operator_id, coalesce(oc.omissions, 0) AS omissions, coalesce(r.customers, 0) AS customers_with_repeats,
      coalesce(cp.issued, 0) AS coupons_issued, coalesce(cp.amount, 0) AS coupon_amount,
      coalesce(rf.refunds, 0) AS refunds_count, coalesce(rf.amount, 0) AS refund_amount
    FROM op_cases oc FULL JOIN op_coupons cp USING (operator_id) FULL JOIN op_refunds rf USING (operator_id)
      LEFT JOIN repeaters r USING (operator_id)
    ORDER BY omissions DESC, operator_id`);
  return rowsOf<Record<string, unknown>>(result).map((row) => ({
    operatorId: String(row.operator_id),
    omissions: toCount(row.omissions),
    customersWithRepeats: toCount(row.customers_with_repeats),
    couponsIssued: toCount(row.coupons_issued),
    couponAmount: toCount(row.coupon_amount),
    refundsCount: toCount(row.refunds_count),
    refundAmount: toCount(row.refund_amount),
  }));
}
