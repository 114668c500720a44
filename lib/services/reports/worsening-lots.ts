import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { cases } from '@/db/schema';
import { previousMonth } from '@/lib/domain/kst-month';
import { countedOmission } from './counted-omission';
import { countRows } from './report-rows';

/** A lot whose counted omissions rose against the month before. */
export interface LotTrendRow {
  lotId: string;
  previous: number;
  current: number;
  change: number;
}

/** Lots with more counted omissions in a KST month than in the month before, biggest rise first. */
export async function worseningLots(db: Executor, month: string): Promise<LotTrendRow[]> {
  const before = previousMonth(month);
  const result = await db.execute(sql`
    SELECT lot_id, previous, current, current - previous AS change FROM (
      SELECT ${cases.lotId} AS lot_id,
        count(*) FILTER (WHERE ${cases.incidentMonth} = ${before}) AS previous,
        count(*) FILTER (WHERE ${cases.incidentMonth} = ${month}) AS current
      FROM ${cases}
      WHERE ${cases.incidentMonth} IN (${before}, ${month}) AND ${countedOmission}
      GROUP BY ${cases.lotId}
    ) per_lot
    WHERE current > previous
    ORDER BY change DESC, lot_id`);
  return countRows(result, 'lotId', ['previous', 'current', 'change']);
}
