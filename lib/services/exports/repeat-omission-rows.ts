import type { Executor } from '@/db/client';
import { repeatOmissionReport } from '../reports/repeat-omission-report';
import type { CsvValue } from './csv';
import { lotNamesOf } from './report-rows/names';

/** The columns of the per-lot repeat-omission export (the dashboard's "주차장별 누락"), in order. */
export const REPEAT_OMISSION_EXPORT_HEADER = ['주차장', '운영사', '누락(건)', '반복 고객(명)', '쿠폰(건)', '쿠폰 금액(원)'] as const;

/**
 * The per-lot rows of the month's repeat-omission report (the manager's report, same order),
 * with the lot's and operator's names. One page: a row per active lot is small.
 */
export async function* repeatOmissionExportPages(db: Executor, month: string): AsyncGenerator<CsvValue[][]> {
  const report = await repeatOmissionReport(db, month);
  if (report.rows.length === 0) return;
  const lots = await lotNamesOf(
    db,
    report.rows.map((row) => row.lotId),
  );
  yield report.rows.map((row) => [
    lots.get(row.lotId)?.name ?? row.lotId,
    lots.get(row.lotId)?.operatorName,
    row.omissions,
    row.customersWithRepeats,
    row.couponsIssued,
    row.couponAmount,
  ]);
}
