import type { Executor } from '@/db/client';
import { TREND_EXPORT_MONTHS } from '@/lib/domain/report-exports';
import { monthlyTrend } from '../../reports/monthly-trend';
import type { CsvValue } from '../csv';

/** The columns of the 12-month trend export, in order. */
export const TREND_EXPORT_HEADER = ['월', '누락(건)', '쿠폰(건)', '쿠폰 금액(원)', '환불(건)', '환불 금액(원)'] as const;

/** The whole portal's figures for the 12 months ending with `month`, oldest first, one row each. */
export async function* trendExportPages(db: Executor, month: string): AsyncGenerator<CsvValue[][]> {
  const points = await monthlyTrend(db, month, TREND_EXPORT_MONTHS);
  yield points.map((p) => [p.month, p.omissions, p.couponsIssued, p.couponAmount, p.refundsCount, p.refundAmount]);
}
