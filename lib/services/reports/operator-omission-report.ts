import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { cases, parkingLots, refunds } from '@/db/schema';
import { couponsByLot, lotsWithCases, omissionsByLotAndCustomer, REPEAT_MIN_OMISSIONS } from './counted-omission';
import { countRows } from './report-rows';

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
 * refund that month are listed, with zeros where nothing counted. Each figure is gathered per
 * lot from indexes alone (the lot-level sets of the repeat-omission report) and only then
 * meets the 2,000 lots to be summed per operator.
 */
export async function operatorOmissionReport(db: Executor, month: string): Promise<OperatorOmissionRow[]> {
  const result = await db.execute(sql`
    WITH operator_customer AS (
      SELECT pl.operator_id, sum(lc.omissions) AS omissions
      FROM (${omissionsByLotAndCustomer(month)}) lc JOIN ${parkingLots} pl ON pl.id = lc.lot_id
      GROUP BY pl.operator_id, lc.customer_id
    ), op_omissions AS (
      SELECT operator_id, sum(omissions) AS omissions, count(*) FILTER (WHERE omissions >= ${REPEAT_MIN_OMISSIONS}) AS customers
      FROM operator_customer GROUP BY operator_id
    ), op_cases AS (
      SELECT DISTINCT pl.operator_id FROM (${lotsWithCases(month)}) l JOIN ${parkingLots} pl ON pl.id = l.lot_id
    ), op_coupons AS (
      SELECT pl.operator_id, sum(c.issued) AS issued, sum(c.amount) AS amount
      FROM (${couponsByLot(month)}) c JOIN ${parkingLots} pl ON pl.id = c.lot_id
      GROUP BY pl.operator_id
    ), op_refunds AS (
      SELECT pl.operator_id, count(*) AS refunds, sum(${refunds.amount}) AS amount
      FROM ${refunds} JOIN ${cases} ON ${cases.id} = ${refunds.caseId} JOIN ${parkingLots} pl ON pl.id = ${cases.lotId}
      WHERE ${cases.incidentMonth} = ${month} AND ${refunds.status} = 'APPROVED'
      GROUP BY pl.operator_id
    )
    SELECT operator_id, coalesce(o.omissions, 0) AS omissions, coalesce(o.customers, 0) AS customers_with_repeats,
      coalesce(cp.issued, 0) AS coupons_issued, coalesce(cp.amount, 0) AS coupon_amount,
      coalesce(rf.refunds, 0) AS refunds_count, coalesce(rf.amount, 0) AS refund_amount
    FROM op_cases oc LEFT JOIN op_omissions o USING (operator_id) FULL JOIN op_coupons cp USING (operator_id)
      FULL JOIN op_refunds rf USING (operator_id)
    ORDER BY omissions DESC, operator_id`);
  return countRows(result, 'operatorId', [
    'omissions',
    'customersWithRepeats',
    'couponsIssued',
    'couponAmount',
    'refundsCount',
    'refundAmount',
  ]);
}
