import { sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { rowsOf, type Executor } from '@/db/client';
import {
  cases,
  coupons,
  customers,
  exitRequests,
  onsitePayments,
  parkingLots,
  paymentCancellations,
  refunds,
  registrationRequests,
} from '@/db/schema';
import type { CaseStatus, VocKind } from '@/lib/domain/enum-values';
import { kstMonthOf } from '@/lib/domain/kst-month';
import { omissionCountReason, type OmissionCountReason } from '@/lib/domain/same-incident';
import type { Actor, RequestMeta } from '../core/actor';
import { withAccessLog } from '../audit/record-read';
import { countedOmission } from '../reports/counted-omission';

/** The newest cases the panel lists; a customer with more is told how many there are. */
export const HISTORY_CASE_LIMIT = 100;

export interface HistoryCase {
  id: string;
  code: string;
  incidentAt: Date;
  incidentMonth: string;
  kind: VocKind;
  status: CaseStatus;
  lotId: string;
  lotName: string;
  createdAt: Date;
  identityVerified: boolean;
  omissionCount: OmissionCountReason;
  duplicateOfId: string | null;
  duplicateOfCode: string | null;
}

const OPEN_REQUEST_KINDS = ['EXIT', 'REGISTRATION', 'PAYMENT_CANCELLATION'] as const;
type OpenRequestKind = (typeof OPEN_REQUEST_KINDS)[number];

/** A customer's cases, compensation and open requests as the agent's panel shows them. */
export interface CustomerHistoryData {
  customerId: string;
  /** This KST month, and the instant it was judged at (what "the last 24 hours" counts from). */
  month: string;
  now: Date;
  countedOmissionsThisMonth: number;
  totalCases: number;
  cases: HistoryCase[];
  coupons: { caseId: string; caseCode: string; month: string; amount: number; issuedAt: Date }[];
  refunds: { caseId: string; caseCode: string; status: 'PROPOSED' | 'APPROVED' | 'REJECTED'; amount: number; proposedAt: Date }[];
  openRequests: { kind: OpenRequestKind; caseId: string; caseCode: string; status: string; requestedAt: Date }[];
}

const original = alias(cases, 'original');
const newestFirst = <T>(list: T[], time: (item: T) => Date): T[] => list.sort((a, b) => time(b).getTime() - time(a).getTime());
// Instants as epoch milliseconds: a raw statement's timestamps arrive differently per driver.
const epochMs = (column: unknown) => sql`(extract(epoch from ${column}) * 1000)::float8`;

interface ItemRow {
  item: 'CUSTOMER' | 'COUPON' | 'REFUND' | OpenRequestKind;
  case_id: string | null;
  case_code: string | null;
  status: string | null;
  amount: number | null;
  month: string | null;
  at_ms: number | string | null;
}

/**
 * The customer's history and its access-log entry in one statement: the cases (with their
 * lots, the original's code and the month's counted omissions, by the reports' own definition
 * in counted-omission.ts), and the customer, coupons, refunds and open requests as one UNION.
 * Null for an unknown customer.
 */
export async function getCustomerHistory(
  db: Executor,
  actor: Actor,
  meta: RequestMeta,
  customerId: string,
  now = new Date(),
): Promise<CustomerHistoryData | null> {
  const month = kstMonthOf(now);
  // The cases (newest 100, with window counts over all of them), the other items as one
  // UNION, and the access-log entry (only for a customer that exists): one statement.
  const result = await db.execute(
    withAccessLog(
      [
        sql`case_rows AS (
    SELECT jsonb_build_object(
        'id', ${cases.id}, 'code', ${cases.code}, 'incidentAt', ${epochMs(cases.incidentAt)}, 'incidentMonth', ${cases.incidentMonth},
        'kind', ${cases.kind}, 'status', ${cases.status}, 'lotId', ${cases.lotId}, 'lotName', ${parkingLots.name},
        'createdAt', ${epochMs(cases.createdAt)}, 'identityVerified', ${cases.identityVerified},
        'duplicateOfId', ${cases.duplicateOfId}, 'duplicateOfCode', ${original.code}) AS row,
      count(*) FILTER (WHERE ${cases.incidentMonth} = ${month} AND ${countedOmission}) OVER () AS counted,
      count(*) OVER () AS total,
      row_number() OVER (ORDER BY ${cases.createdAt} DESC, ${cases.code} DESC) AS place
    FROM ${cases} JOIN ${parkingLots} ON ${parkingLots.id} = ${cases.lotId}
      LEFT JOIN ${cases} AS ${original} ON ${original.id} = ${cases.duplicateOfId}
    WHERE ${cases.customerId} = ${customerId}
    ORDER BY place LIMIT ${HISTORY_CASE_LIMIT})`,
        sql`items AS (${historyItems(customerId)})`,
      ],
      { actor, meta, action: 'VIEW_CUSTOMER_HISTORY', subjectType: 'Customer', subjectId: customerId },
      { when: sql`EXISTS (SELECT 1 FROM items WHERE item = 'CUSTOMER')` },
      sql`SELECT COALESCE((SELECT jsonb_agg(to_jsonb(items)) FROM items), '[]'::jsonb) AS items,
        COALESCE((SELECT jsonb_agg(row ORDER BY place) FROM case_rows), '[]'::jsonb) AS cases,
        (SELECT counted FROM case_rows LIMIT 1) AS counted, (SELECT total FROM case_rows LIMIT 1) AS total`,
    ),
  );
  const [answer] = rowsOf<{
    items: ItemRow[];
    cases: (Omit<HistoryCase, 'incidentAt' | 'createdAt' | 'omissionCount'> & { incidentAt: number; createdAt: number })[];
    counted: number | string | null;
    total: number | string | null;
  }>(result);
  const items = answer!.items;
  if (!items.some((row) => row.item === 'CUSTOMER')) return null;
  const caseRows = answer!.cases.map((row) => ({ ...row, incidentAt: new Date(row.incidentAt), createdAt: new Date(row.createdAt) }));

  const at = (row: ItemRow) => new Date(Number(row.at_ms));
  const itemsOf = (kind: ItemRow['item']) => items.filter((row) => row.item === kind);
  return {
    customerId,
    month,
    now,
    countedOmissionsThisMonth: Number(answer!.counted ?? 0),
    totalCases: Number(answer!.total ?? 0),
    cases: caseRows.map((row) => ({ ...row, omissionCount: omissionCountReason(row) })),
    coupons: newestFirst(
      itemsOf('COUPON').map((row) => ({
        caseId: row.case_id!,
        caseCode: row.case_code!,
        month: row.month!,
        amount: Number(row.amount),
        issuedAt: at(row),
      })),
      (coupon) => coupon.issuedAt,
    ),
    refunds: newestFirst(
      itemsOf('REFUND').map((row) => ({
        caseId: row.case_id!,
        caseCode: row.case_code!,
        status: row.status as CustomerHistoryData['refunds'][number]['status'],
        amount: Number(row.amount),
        proposedAt: at(row),
      })),
      (refund) => refund.proposedAt,
    ),
    openRequests: newestFirst(
      items
        .filter((row): row is ItemRow & { item: OpenRequestKind } => OPEN_REQUEST_KINDS.includes(row.item as OpenRequestKind))
        .map((row) => ({ kind: row.item, caseId: row.case_id!, caseCode: row.case_code!, status: row.status!, requestedAt: at(row) })),
      (request) => request.requestedAt,
    ),
  };
}

/** The customer (whether they exist), coupons, refunds and open requests, as one UNION of ItemRow. */
function historyItems(customerId: string): SQL {
  return sql`
    SELECT 'CUSTOMER' AS item, NULL::uuid AS case_id, NULL::text AS case_code, NULL::text AS status, NULL::int AS amount,
      NULL::text AS month, NULL::float8 AS at_ms
    FROM ${customers} WHERE ${customers.id} = ${customerId}
    UNION ALL
    SELECT 'COUPON', ${coupons.caseId}, ${cases.code}, NULL, ${coupons.amount}, ${coupons.month}::text, ${epochMs(coupons.issuedAt)}
    FROM ${coupons} JOIN ${cases} ON ${cases.id} = ${coupons.caseId} WHERE ${coupons.customerId} = ${customerId}
    UNION ALL
    SELECT 'REFUND', ${refunds.caseId}, ${cases.code}, ${refunds.status}::text, ${refunds.amount}, NULL, ${epochMs(refunds.proposedAt)}
    FROM ${refunds} JOIN ${cases} ON ${cases.id} = ${refunds.caseId} WHERE ${cases.customerId} = ${customerId}
    UNION ALL
    SELECT 'EXIT', ${exitRequests.caseId}, ${cases.code}, ${exitRequests.status}::text, NULL, NULL, ${epochMs(exitRequests.requestedAt)}
    FROM ${exitRequests} JOIN ${cases} ON ${cases.id} = ${exitRequests.caseId}
    WHERE ${cases.customerId} = ${customerId} AND ${exitRequests.status} = 'REQUESTED'
    UNION ALL
    SELECT 'REGISTRATION', ${registrationRequests.caseId}, ${cases.code}, ${registrationRequests.status}::text, NULL, NULL, ${epochMs(registrationRequests.requestedAt)}
    FROM ${registrationRequests} JOIN ${cases} ON ${cases.id} = ${registrationRequests.caseId}
    WHERE ${cases.customerId} = ${customerId} AND ${registrationRequests.status} IN ('REQUESTED', 'ACKNOWLEDGED')
    UNION ALL
    SELECT 'PAYMENT_CANCELLATION', ${paymentCancellations.caseId}, ${cases.code}, ${paymentCancellations.status}::text,
      ${onsitePayments.amount}, NULL, ${epochMs(paymentCancellations.requestedAt)}
    FROM ${paymentCancellations} JOIN ${cases} ON ${cases.id} = ${paymentCancellations.caseId}
      JOIN ${onsitePayments} ON ${onsitePayments.id} = ${paymentCancellations.onsitePaymentId}
    WHERE ${cases.customerId} = ${customerId} AND ${paymentCancellations.status} IN ('RECEIVED', 'IN_PROGRESS')`;
}
