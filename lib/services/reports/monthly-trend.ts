import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { cases, coupons, refunds } from '@/db/schema';
import { previousMonth } from '@/lib/domain/kst-month';
import { countedOmission } from './counted-omission';
import { countRows } from './report-rows';

/** One KST month of the whole portal's figures. */
export interface TrendPoint {
  month: string;
  omissions: number;
  couponsIssued: number;
  couponAmount: number;
  refundsCount: number;
  refundAmount: number;
}

/**
 * The `months` KST months ending with `endMonth`, oldest first, one point per month even
 * when nothing happened: counted omissions, coupons of the month, and approved refunds on
 * cases of that incident month. Months compare as "YYYY-MM" text, so a range on
 * incident_month reads indexes alone: cases_counted_omissions_idx, coupons_month_idx, and
 * refunds_approved_case_idx with each refund's case month from cases_id_month_lot_idx.
 */
export async function monthlyTrend(db: Executor, endMonth: string, months: number): Promise<TrendPoint[]> {
  let first = endMonth;
  for (let i = 1; i < months; i += 1) first = previousMonth(first);
  const result = await db.execute(sql`
    WITH series AS (
      SELECT to_char(m, 'YYYY-MM')::char(7) AS month
      FROM generate_series((${first}::text || '-01')::date, (${endMonth}::text || '-01')::date, interval '1 month') AS m
    ), omissions AS (
      SELECT ${cases.incidentMonth} AS month, count(*) AS omissions FROM ${cases}
      WHERE ${cases.incidentMonth} BETWEEN ${first} AND ${endMonth} AND ${countedOmission}
      GROUP BY ${cases.incidentMonth}
    ), month_coupons AS (
      SELECT ${coupons.month} AS month, count(*) AS issued, sum(${coupons.amount}) AS amount FROM ${coupons}
      WHERE ${coupons.month} BETWEEN ${first} AND ${endMonth}
      GROUP BY ${coupons.month}
    ), month_refunds AS (
      SELECT ${cases.incidentMonth} AS month, count(*) AS refunds, sum(${refunds.amount}) AS amount
      FROM ${refunds} JOIN ${cases} ON ${cases.id} = ${refunds.caseId}
      WHERE ${cases.incidentMonth} BETWEEN ${first} AND ${endMonth} AND ${refunds.status} = 'APPROVED'
      GROUP BY ${cases.incidentMonth}
    )
    SELECT s.month, coalesce(o.omissions, 0) AS omissions, coalesce(c.issued, 0) AS coupons_issued,
      coalesce(c.amount, 0) AS coupon_amount, coalesce(r.refunds, 0) AS refunds_count, coalesce(r.amount, 0) AS refund_amount
    FROM series s
      LEFT JOIN omissions o ON o.month = s.month
      LEFT JOIN month_coupons c ON c.month = s.month
      LEFT JOIN month_refunds r ON r.month = s.month
    ORDER BY s.month`);
  return countRows(result, 'month', ['omissions', 'couponsIssued', 'couponAmount', 'refundsCount', 'refundAmount']);
}
