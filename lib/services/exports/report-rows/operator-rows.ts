import type { Executor } from '@/db/client';
import { operatorOmissionReport } from '../../reports/operator-omission-report';
import { responseTimes } from '../../reports/response-times';
import type { CsvValue } from '../csv';
import { operatorNamesOf } from './names';

/** The columns of the operator scorecard export, in order. */
export const OPERATOR_EXPORT_HEADER = [
  '운영사',
  '누락(건)',
  '반복 고객(명)',
  '쿠폰(건)',
  '쿠폰 금액(원)',
  '환불(건)',
  '환불 금액(원)',
  '출차 요청(건)',
  '출차 처리 중앙값(초)',
  '출차 기한 내 처리율(%)',
  '등록 요청(건)',
  '등록 확인 중앙값(초)',
  '등록 기한 내 처리율(%)',
  '지연(건)',
] as const;

/** Seconds to whole seconds, as the scorecard shows them; an empty cell when nothing was measured. */
const seconds = (value: number | null): number | null => (value === null ? null : Math.round(value));
/** A share 0..1 as a percentage with one decimal (66.7); an empty cell when nothing was judged. */
const percent = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10);

/**
 * The operator scorecard of a month: each operator of the omission report (same order) with
 * its response times beside it; an operator without requests that month has empty time cells.
 */
export async function* operatorExportPages(db: Executor, month: string): AsyncGenerator<CsvValue[][]> {
  const [rows, times] = await Promise.all([operatorOmissionReport(db, month), responseTimes(db, month)]);
  if (rows.length === 0) return;
  const names = await operatorNamesOf(
    db,
    rows.map((row) => row.operatorId),
  );
  const timesOf = new Map(times.byOperator.map((entry) => [entry.operatorId, entry.times]));
  yield rows.map((row) => {
    const t = timesOf.get(row.operatorId);
    return [
      names.get(row.operatorId) ?? row.operatorId,
      row.omissions,
      row.customersWithRepeats,
      row.couponsIssued,
      row.couponAmount,
      row.refundsCount,
      row.refundAmount,
      t?.exitRequests,
      seconds(t?.exitAckMedianSeconds ?? null),
      percent(t?.exitWithinTargetShare ?? null),
      t?.registrationRequests,
      seconds(t?.registrationConfirmMedianSeconds ?? null),
      percent(t?.registrationWithinTargetShare ?? null),
      t?.overdueCount,
    ];
  });
}
