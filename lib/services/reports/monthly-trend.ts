import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { monthlyLotFigures as f } from '@/db/schema';
import { previousMonth } from '@/lib/domain/kst-month';
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
 * cases of that incident month. Summed from monthly_lot_figures (a range of its primary key,
 * months × lots rows), which triggers keep equal to counting the cases, coupons and refunds.
 */
export async function monthlyTrend(db: Executor, endMonth: string, months: number): Promise<TrendPoint[]> {
  let first = endMonth;
  for (let i = 1; i < months; i += 1) first = previousMonth(first);
  // Summed per month first (one pass over the window's rows), then matched to the 12 months.
  const result = await db.execute(sql`
    WITH per_month AS (
      SELECT ${f.month} AS month, sum(${f.omissions}) AS omissions, sum(${f.couponsIssued}) AS coupons_issued,
        sum(${f.couponAmount}) AS coupon_amount, sum(${f.refundsCount}) AS refunds_count, sum(${f.refundAmount}) AS refund_amount
      FROM ${f} WHERE ${f.month} BETWEEN ${first} AND ${endMonth}
      GROUP BY ${f.month}
    )
    SELECT to_char(m, 'YYYY-MM') AS month, coalesce(p.omissions, 0) AS omissions, coalesce(p.coupons_issued, 0) AS coupons_issued,
      coalesce(p.coupon_amount, 0) AS coupon_amount, coalesce(p.refunds_count, 0) AS refunds_count,
      coalesce(p.refund_amount, 0) AS refund_amount
    FROM generate_series((${first}::text || '-01')::date, (${endMonth}::text || '-01')::date, interval '1 month') AS m
      LEFT JOIN per_month p ON p.month = to_char(m, 'YYYY-MM')::char(7)
    ORDER BY m`);
  return countRows(result, 'month', ['omissions', 'couponsIssued', 'couponAmount', 'refundsCount', 'refundAmount']);
}
