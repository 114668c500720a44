import type { Executor } from '@/db/client';
import { previousMonth } from '@/lib/domain/kst-month';
import { worseningLots } from '../../reports/worsening-lots';
import type { CsvValue } from '../csv';
import { lotNamesOf } from './names';

/** The columns of the worsening-lots export; the two months are named, so the file reads alone. */
export function worseningExportHeader(month: string): string[] {
  return ['주차장', '운영사', `${previousMonth(month)} 누락(건)`, `${month} 누락(건)`, '증가(건)'];
}

/** Lots with more counted omissions in `month` than in the month before, biggest rise first. */
export async function* worseningExportPages(db: Executor, month: string): AsyncGenerator<CsvValue[][]> {
  const rows = await worseningLots(db, month);
  if (rows.length === 0) return;
  const lots = await lotNamesOf(
    db,
    rows.map((row) => row.lotId),
  );
  yield rows.map((row) => [
    lots.get(row.lotId)?.name ?? row.lotId,
    lots.get(row.lotId)?.operatorName,
    row.previous,
    row.current,
    row.change,
  ]);
}
