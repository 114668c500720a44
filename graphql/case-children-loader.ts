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
    const rows = rowsOf<ChildJson>(await db.execute(sql`${childrenUnion(wanted)} ORDER BY sort_at, sort_tie`));
    const groups = primeGroups(rows, wanted);
    return keys.map((key) => groups.get(key) ?? []);
  });
  /** Groups rows of the children union by key and primes what they answer beyond the keys asked. */
  function primeGroups(rows: ChildJson[], wanted: Map<string, string[]>): Map<string, unknown[]> {
    const groups = new Map<string, unknown[]>();
    for (const row of rows) {
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
    for (const caseId of wanted.get('payments') ?? []) loader.prime(`cancellations:${caseId}`, groups.get(`cancellations:${caseId}`) ?? []);
    return groups;
  }
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
    /** Every kind of row under one case as one jsonb array, for a statement that reads the case itself (case-page-preload.ts). */
    allOfCaseJson: (caseId: SQL) => sql`(SELECT COALESCE(jsonb_agg(to_jsonb(u) ORDER BY sort_at, sort_tie), '[]'::jsonb)
      FROM (${childrenUnion(new Map(ALL_KINDS.map((kind) => [kind, [] as string[]])), caseId)}) u)`,
    /** Primes every kind of one case from allOfCaseJson's answer. */
    primeAllOfCase: (caseId: string, rows: ChildJson[]) => {
      const groups = primeGroups(rows, new Map(ALL_KINDS.map((kind) => [kind, [caseId]])));
      for (const kind of ALL_KINDS) if (kind !== 'receipts') loader.prime(`${kind}:${caseId}`, groups.get(`${kind}:${caseId}`) ?? []);
    },
  };
}

type ChildJson = { kind: string; key: string; row: Record<string, unknown> };
const ALL_KINDS = [...(Object.keys(CHILDREN) as ChildKind[]), 'receipts'] as const;

/**
 * The UNION ALL of the kinds wanted (kind → case ids; "receipts" → payment ids), with the
 * cancellations and receipts of wanted payments; `oneCase` (an SQL expression) instead of the
 * ids when the statement reads one case itself.
 */
function childrenUnion(wanted: Map<string, string[]>, oneCase?: SQL): SQL {
  const paymentCases = wanted.get('payments');
  if (paymentCases) wanted.set('cancellations', [...new Set([...(wanted.get('cancellations') ?? []), ...paymentCases])]);
  const byCase = (column: PgColumn, ids: string[]) => (oneCase ? sql`${column} = ${oneCase}` : anyOf(column, ids));
  const parts = [...wanted].filter(([kind]) => kind !== 'receipts').map(([kind, ids]) => childrenOf(kind as ChildKind, byCase, ids));
  const paymentIds = oneCase ? undefined : wanted.get('receipts');
  if (paymentIds || paymentCases) {
    parts.push(
      receiptsWhere(
        or(
          paymentIds && anyOf(receiptAttachments.onsitePaymentId, paymentIds),
          paymentCases && byCase(onsitePayments.caseId, paymentCases),
        ),
      ),
    );
  }
  return sql.join(parts, sql` UNION ALL `);
}

// Whole rows travel as jsonb so that tables of different columns fit one UNION ALL.
function childrenOf(kind: ChildKind, byCase: (column: PgColumn, ids: string[]) => SQL | undefined, caseIds: string[]): SQL {
  const child: { table: PgTable & { caseId: PgColumn }; at: PgColumn; tie?: PgColumn } = CHILDREN[kind];
  return sql`SELECT ${sql.raw(`'${kind}'`)}::text AS kind, ${child.table.caseId}::text AS key, to_jsonb(${child.table}) AS row,
    ${child.at} AS sort_at, ${child.tie ?? sql`0`}::bigint AS sort_tie
    FROM ${child.table} WHERE ${byCase(child.table.caseId, caseIds)}`;
}

function receiptsWhere(condition: SQL | undefined): SQL {
  return sql`SELECT 'receipts'::text AS kind, ${receiptAttachments.onsitePaymentId}::text AS key, jsonb_build_object('id', ${receiptAttachments.id}) AS row,
    ${receiptAttachments.uploadedAt} AS sort_at, 0::bigint AS sort_tie
    FROM ${receiptAttachments} JOIN ${onsitePayments} ON ${onsitePayments.id} = ${receiptAttachments.onsitePaymentId}
    WHERE ${condition}`;
}
