import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { monthlyLotFigures as f } from '@/db/schema';
import { previousMonth } from '@/lib/domain/kst-month';
import { countRows } from './report-rows';

/** A lot whose counted omissions rose against the month before. */
export interface LotTrendRow {
  lotId: string;
  previous: number;
  current: number;
  change: number;
}

/** Lots with more counted omissions in a KST month than in the month before, biggest rise first; from monthly_lot_figures. */
export async function worseningLots(db: Executor, month: string): Promise<LotTrendRow[]> {
  const before = previousMonth(month);
  const result = await db.execute(sql`
    SELECT lot_id, previous, current, current - previous AS change FROM (
      SELECT ${f.lotId} AS lot_id,
        coalesce(sum(${f.omissions}) FILTER (WHERE ${f.month} = ${before}), 0) AS previous,
        coalesce(sum(${f.omissions}) FILTER (WHERE ${f.month} = ${month}), 0) AS current
      FROM ${f}
      WHERE ${f.month} IN (${before}, ${month})
      GROUP BY ${f.lotId}
    ) per_lot
    WHERE current > previous
    ORDER BY change DESC, lot_id`);
  return countRows(result, 'lotId', ['previous', 'current', 'change']);
}
