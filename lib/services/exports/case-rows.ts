import { and, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import { cases, coupons, customers, onsitePayments, operators, parkingLots, passes, paymentCancellations, refunds } from '@/db/schema';
import { formatKstIso } from '@/lib/domain/calendar';
import { CASE_STATUS_LABEL, VOC_KIND_SHORT } from '@/lib/domain/case-labels';
import { CANCELLATION_STATUS_LABEL, type CancellationStatus } from '@/lib/domain/payment-cancellation';
import { maskPhone } from '@/lib/domain/phone';
import type { Actor } from '../core/actor';
import { caseFilterCondition, type CaseFilter } from '../cases/list-cases';
import type { CsvValue } from './csv';

/** The columns of the cases export, in order. */
export const CASE_EXPORT_HEADER = [
  '상담번호',
  '접수일시(KST)',
  '사고일시(KST)',
  '사고월',
  'VOC 유형',
  '상태',
  '고객명',
  '전화번호',
  '차량번호',
  '주차장',
  '운영사',
  '본인확인',
  '중복 원상담',
  '쿠폰(원)',
  '환불(원)',
  '현장결제(원)',
  '현장결제 일시(KST)',
  '현장결제 취소',
] as const;

/** The cancellation column's word for a payment whose cancellation was never filed. */
export const CANCELLATION_NOT_FILED = '미접수';

/** Rows per database round trip of the export. */
export const EXPORT_PAGE_SIZE = 1000;

const original = alias(cases, 'original_case');

/** "2026-04-01 09:30" in Asia/Seoul. */
export function kstMinute(instant: Date): string {
  return formatKstIso(instant).slice(0, 16).replace('T', ' ');
}

/**
 * The cases an actor sees under a filter (the `cases` query's filter and scope), newest
 * first, as CSV rows a page at a time: keyset pages on (createdAt, id), so each page is one
 * indexed query however far into the export it is. The phone is masked; coupons are the
 * case's issued coupons, refunds its approved refunds. On-site payments: their total, and
 * each payment's time and cancellation status in the order paid ("; " between two).
 */
export async function* caseExportPages(
  db: Executor,
  actor: Actor,
  filter: CaseFilter,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<CsvValue[][]> {
  const where = caseFilterCondition(actor, filter);
  let after: Cursor | null = null;
  for (;;) {
    const rows = await readPage(db, where, after, pageSize);
    if (rows.length === 0) return;
    yield rows.map((row) => [
      row.code,
      kstMinute(row.createdAt),
      kstMinute(row.incidentAt),
      row.incidentMonth,
      VOC_KIND_SHORT[row.kind],
      CASE_STATUS_LABEL[row.status],
      row.customerName,
      maskPhone(row.phone),
      row.plate,
      row.lotName,
      row.operatorName,
      row.identityVerified ? '완료' : '미확인',
      row.duplicateOfCode,
      row.couponWon,
      row.refundWon,
      row.payments.reduce((sum, payment) => sum + payment.amount, 0),
      row.payments.map((payment) => kstMinute(new Date(payment.paidAt))).join('; '),
      row.payments.map((payment) => (payment.status ? CANCELLATION_STATUS_LABEL[payment.status] : CANCELLATION_NOT_FILED)).join('; '),
    ]);
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}

type Cursor = { createdAt: Date; id: string };
type ExportedPayment = { amount: number; paidAt: string; status: CancellationStatus | null };

// One keyset page after the cursor, with everything a row shows joined in.
function readPage(db: Executor, where: SQL | undefined, after: Cursor | null, pageSize: number) {
  const page = after
    ? and(where, or(lt(cases.createdAt, after.createdAt), and(eq(cases.createdAt, after.createdAt), lt(cases.id, after.id))))
    : where;
  return db
    .select({
      id: cases.id,
      code: cases.code,
      createdAt: cases.createdAt,
      incidentAt: cases.incidentAt,
      incidentMonth: cases.incidentMonth,
      kind: cases.kind,
      status: cases.status,
      customerName: customers.name,
      phone: customers.phone,
      plate: passes.plate,
      lotName: parkingLots.name,
      operatorName: operators.name,
      identityVerified: cases.identityVerified,
      duplicateOfCode: original.code,
      couponWon: sql<number>`(SELECT coalesce(sum(${coupons.amount}), 0) FROM ${coupons} WHERE ${coupons.caseId} = ${cases.id})`.mapWith(
        Number,
      ),
      refundWon:
        sql<number>`(SELECT coalesce(sum(${refunds.amount}), 0) FROM ${refunds} WHERE ${refunds.caseId} = ${cases.id} AND ${refunds.status} = 'APPROVED')`.mapWith(
          Number,
        ),
      payments: sql<
        ExportedPayment[]
      >`(SELECT coalesce(json_agg(json_build_object('amount', ${onsitePayments.amount}, 'paidAt', ${onsitePayments.paidAt}, 'status', ${paymentCancellations.status})
        ORDER BY ${onsitePayments.paidAt}, ${onsitePayments.id}), '[]'::json)
        FROM ${onsitePayments} LEFT JOIN ${paymentCancellations} ON ${paymentCancellations.onsitePaymentId} = ${onsitePayments.id}
        WHERE ${onsitePayments.caseId} = ${cases.id})`,
    })
    .from(cases)
    .innerJoin(customers, eq(customers.id, cases.customerId))
    .innerJoin(passes, eq(passes.id, cases.passId))
    .innerJoin(parkingLots, eq(parkingLots.id, cases.lotId))
    .innerJoin(operators, eq(operators.id, parkingLots.operatorId))
    .leftJoin(original, eq(original.id, cases.duplicateOfId))
    .where(page)
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(pageSize);
}
