import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { operators, parkingLots } from '@/db/schema';
import { repeatOmissionReport } from '../reports/repeat-omission-report';
import type { CsvValue } from './csv';

/** The columns of the repeat-omission export, in order. */
export const REPEAT_OMISSION_EXPORT_HEADER = ['주차장', '운영사', '누락', '반복 고객', '쿠폰 수', '쿠폰 금액'] as const;

/**
 * The per-lot rows of the month's repeat-omission report (the manager's report, same order),
 * with the lot's and operator's names. One page: a row per active lot is small.
 */
export async function* repeatOmissionExportPages(db: Executor, month: string): AsyncGenerator<CsvValue[][]> {
  const report = await repeatOmissionReport(db, month);
  if (report.rows.length === 0) return;
  const lots = await db
    .select({ id: parkingLots.id, name: parkingLots.name, operatorName: operators.name })
    .from(parkingLots)
    .leftJoin(operators, eq(operators.id, parkingLots.operatorId))
    .where(inArray(parkingLots.id, report.rows.map((row) => row.lotId)));
  const lotOf = new Map(lots.map((lot) => [lot.id, lot]));
  yield report.rows.map((row) => [
    lotOf.get(row.lotId)?.name ?? row.lotId,
    lotOf.get(row.lotId)?.operatorName,
    row.omissions,
    row.customersWithRepeats,
    row.couponsIssued,
    row.couponAmount,
  ]);
}
