import DataLoader from 'dataloader';
import { or, sql, type SQL } from 'drizzle-orm';
import { anyOf } from './any-of';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { rowsOf, type Database } from '@/db/client';
import { rowFromJson } from '@/db/json-row';
import {
  caseEvents,
  coupons,
  exitRequests,
  onsitePayments,
  paymentCancellations,
  receiptAttachments,
  refunds,
  registrationRequests,
  smsMessages,
} from '@/db/schema';

/** The rows under a case that a case page lists, each with its table and the order it is listed in. */
const CHILDREN = {
  events: { table: caseEvents, at: caseEvents.at, tie: caseEvents.id },
  messages: { table: smsMessages, at: smsMessages.createdAt },
  exitRequests: { table: exitRequests, at: exitRequests.requestedAt },
  registrationRequests: { table: registrationRequests, at: registrationRequests.requestedAt },
  payments: { table: onsitePayments, at: onsitePayments.paidAt },
  cancellations: { table: paymentCancellations, at: paymentCancellations.requestedAt },
  coupons: { table: coupons, at: coupons.issuedAt },
  refunds: { table: refunds, at: refunds.proposedAt },
} satisfies Record<string, { table: PgTable & { caseId: PgColumn }; at: PgColumn; tie?: PgColumn }>;

type ChildKind = keyof typeof CHILDREN;
type ChildRow<K extends ChildKind> = (typeof CHILDREN)[K]['table']['$inferSelect'];
/** A receipt as the payment's fields need it: only that it exists, and its id for the link. */
export type ReceiptRef = { id: string };

/**
 * One loader for every kind of row under a case, keyed "kind:caseId" (receipts
 * "receipts:paymentId"): whatever kinds the resolvers of one tick ask for come back in ONE
 * statement, a UNION ALL of only those kinds. The case page asks for seven kinds of a case at
 * once; seven loaders were seven statements. Loading payments also fetches their receipts and
 * cancellations, so `hasReceipt` and `cancellation` on them cost no statement of their own.
 */
export function createCaseChildrenLoader(db: Database) {
  const loader: DataLoader<string, unknown[]> = new DataLoader(async (keys) => {
    const wanted = new Map<string, string[]>();
    for (const key of keys) {
      const [kind = '', id = ''] = key.split(':');
      wanted.set(kind, [...(wanted.get(kind) ?? []), id]);
    }
    const paymentCases = wanted.get('payments');
    if (paymentCases) wanted.set('cancellations', [...new Set([...(wanted.get('cancellations') ?? []), ...paymentCases])]);
    const parts = [...wanted].filter(([kind]) => kind !== 'receipts').map(([kind, ids]) => childrenOf(kind as ChildKind, ids));
    const paymentIds = wanted.get('receipts');
    if (paymentIds || paymentCases) {
      parts.push(
        receiptsWhere(
          or(
            paymentIds && anyOf(receiptAttachments.onsitePaymentId, paymentIds),
            paymentCases && anyOf(onsitePayments.caseId, paymentCases),
          ),
        ),
      );
    }
    const result = await db.execute(sql`${sql.join(parts, sql` UNION ALL `)} ORDER BY sort_at, sort_tie`);

    const groups = new Map<string, unknown[]>();
    for (const row of rowsOf<{ kind: string; key: string; row: Record<string, unknown> }>(result)) {
      const value = row.kind === 'receipts' ? { id: String(row.row.id) } : rowFromJson(CHILDREN[row.kind as ChildKind].table, row.row);
      const key = `${row.kind}:${row.key}`;
      groups.set(key, [...(groups.get(key) ?? []), value]);
    }
    // Every payment of these cases now has its receipts (or none) and its case's cancellations known.
    for (const [key, rows] of groups) {
      if (!key.startsWith('payments:')) continue;
      for (const payment of rows as ChildRow<'payments'>[])
        loader.prime(`receipts:${payment.id}`, groups.get(`receipts:${payment.id}`) ?? []);
    }
    for (const caseId of paymentCases ?? []) loader.prime(`cancellations:${caseId}`, groups.get(`cancellations:${caseId}`) ?? []);
    return keys.map((key) => groups.get(key) ?? []);
  });
  const of =
    <K extends ChildKind>(kind: K) =>
    (caseId: string) =>
      loader.load(`${kind}:${caseId}`) as Promise<ChildRow<K>[]>;
  return {
    eventsByCase: { load: of('events') },
    messagesByCase: { load: of('messages') },
    exitRequestsByCase: { load: of('exitRequests') },
    registrationRequestsByCase: { load: of('registrationRequests') },
    paymentsByCase: { load: of('payments') },
    cancellationsByCase: { load: of('cancellations') },
    couponsByCase: { load: of('coupons') },
    refundsByCase: { load: of('refunds') },
    receiptsByPayment: { load: (paymentId: string) => loader.load(`receipts:${paymentId}`) as Promise<ReceiptRef[]> },
  };
}

// Whole rows travel as jsonb so that tables of different columns fit one UNION ALL.
function childrenOf(kind: ChildKind, caseIds: string[]): SQL {
  const child: { table: PgTable & { caseId: PgColumn }; at: PgColumn; tie?: PgColumn } = CHILDREN[kind];
  return sql`SELECT ${sql.raw(`'${kind}'`)}::text AS kind, ${child.table.caseId}::text AS key, to_jsonb(${child.table}) AS row,
    ${child.at} AS sort_at, ${child.tie ?? sql`0`}::bigint AS sort_tie
    FROM ${child.table} WHERE ${anyOf(child.table.caseId, caseIds)}`;
}

function receiptsWhere(condition: SQL | undefined): SQL {
  return sql`SELECT 'receipts'::text AS kind, ${receiptAttachments.onsitePaymentId}::text AS key, jsonb_build_object('id', ${receiptAttachments.id}) AS row,
    ${receiptAttachments.uploadedAt} AS sort_at, 0::bigint AS sort_tie
    FROM ${receiptAttachments} JOIN ${onsitePayments} ON ${onsitePayments.id} = ${receiptAttachments.onsitePaymentId}
    WHERE ${condition}`;
}
