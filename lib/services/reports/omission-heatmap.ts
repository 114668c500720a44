import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '@/db/client';
import { monthlyLotFigures as f } from '@/db/schema';
import { previousMonth } from '@/lib/domain/kst-month';
import { toCount } from './report-rows';

/** One lot's counted omissions per month of the heat map, aligned with its months. */
export interface HeatmapLotRow {
  lotId: string;
  counts: number[];
  total: number;
}

/** Counted omissions per lot × KST month: the months oldest first and the busiest lots. */
export interface OmissionHeatmapData {
  months: string[];
  rows: HeatmapLotRow[];
}

/**
 * The `months` KST months ending with `endMonth`, oldest first, and for the `lots` lots with
 * the most counted omissions in them (ties by lot id) one count per month, zeros included.
 * Lots with none in the window are left out. One statement over monthly_lot_figures (a range
 * of its primary key, months × lots rows); only the top lots meet the month series.
 */
export async function omissionHeatmap(db: Executor, endMonth: string, months: number, lots: number): Promise<OmissionHeatmapData> {
  const series = [endMonth];
  while (series.length < months) series.unshift(previousMonth(series[0] ?? endMonth));
  const first = series[0] ?? endMonth;
  const result = await db.execute(sql`
    WITH per_month AS (
      SELECT ${f.lotId} AS lot_id, ${f.month} AS month, ${f.omissions} AS omissions FROM ${f}
      WHERE ${f.month} BETWEEN ${first} AND ${endMonth} AND ${f.omissions} > 0
    ), top_lots AS (
      SELECT lot_id, sum(omissions) AS total FROM per_month
      GROUP BY lot_id ORDER BY total DESC, lot_id LIMIT ${lots}
    )
    SELECT t.lot_id, t.total, p.month, p.omissions
    FROM top_lots t JOIN per_month p USING (lot_id)
    ORDER BY t.total DESC, t.lot_id, p.month`);
  // Rows arrive grouped by lot in the final order; each lot's months fill its slots, the rest stay 0.
  const slot = new Map(series.map((month, index) => [month, index]));
  const rows: HeatmapLotRow[] = [];
  for (const row of rowsOf<Record<string, unknown>>(result)) {
    const lotId = String(row.lot_id);
    let current = rows[rows.length - 1];
    if (current?.lotId !== lotId) {
      current = { lotId, counts: series.map(() => 0), total: toCount(row.total) };
      rows.push(current);
    }
    const index = slot.get(String(row.month));
    if (index !== undefined) current.counts[index] = toCount(row.omissions);
  }
  return { months: series, rows };
}
