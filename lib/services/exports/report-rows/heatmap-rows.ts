import type { Executor } from '@/db/client';
import { HEATMAP_EXPORT_MONTHS } from '@/lib/domain/report-exports';
import { previousMonth } from '@/lib/domain/kst-month';
import { omissionHeatmap } from '../../reports/omission-heatmap';
import type { CsvValue } from '../csv';
import { lotNamesOf } from './names';

// The file lists every lot with an omission in the window; the screen shows the busiest 15.
const ALL_LOTS = 100_000;

/** The heat map's months, oldest first, ending with `month`. */
function windowOf(month: string): string[] {
  const months = [month];
  while (months.length < HEATMAP_EXPORT_MONTHS) months.unshift(previousMonth(months[0]!));
  return months;
}

/** The columns of the heat-map export: the lot, one column per month of the window, the total. */
export function heatmapExportHeader(month: string): string[] {
  return ['주차장', '운영사', ...windowOf(month).map((m) => `${m} 누락(건)`), '합계(건)'];
}

/**
 * Counted omissions per lot and KST month over the heat map's window ending with `month`: one
 * row per lot with any in the window, most first (the heat map's order), zeros included.
 */
export async function* heatmapExportPages(db: Executor, month: string): AsyncGenerator<CsvValue[][]> {
  const heatmap = await omissionHeatmap(db, month, HEATMAP_EXPORT_MONTHS, ALL_LOTS);
  if (heatmap.rows.length === 0) return;
  const lots = await lotNamesOf(
    db,
    heatmap.rows.map((row) => row.lotId),
  );
  yield heatmap.rows.map((row) => [lots.get(row.lotId)?.name ?? row.lotId, lots.get(row.lotId)?.operatorName, ...row.counts, row.total]);
}
