import { and, desc, eq, ilike, like, lt, or, sql, type SQL } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { rowsOf, type Executor } from '@/db/client';
import { rowFromJson } from '@/db/json-row';
import { cases, customers, passes, type CaseRow } from '@/db/schema';
import { maskedFilter } from '@/lib/domain/access-log';
import type { Actor, RequestMeta } from '../core/actor';
import { casesInScope } from '@/lib/policy/scope';
import { recordRead, withAccessLog } from '../audit/record-read';
import { countedOmission } from '../reports/counted-omission';
import { fieldError } from '../core/service-error';

export interface CaseFilter {
  status?: CaseRow['status'] | null;
  kind?: CaseRow['kind'] | null;
  lotId?: string | null;
  customerId?: string | null;
  plate?: string | null;
  month?: string | null;
  phoneLast4?: string | null;
  countedOmissions?: boolean | null;
  /** The case code or its beginning, upper-case (the resolver normalises it). */
  code?: string | null;
}

export interface CasePage {
  rows: CaseRow[];
  /** Per row, what `rowExtra` asked the same statement for (else null). */
  extras: unknown[];
  hasNextPage: boolean;
  totalCount: number;
  cursorOf(row: CaseRow): string;
}

const build = new QueryBuilder();

/** The largest page a client may ask for. */
export const MAX_PAGE_SIZE = 200;

/**
 * Cases matching a filter, newest first, a page at a time (keyset cursor on createdAt, id).
 * The page shows customers' personal data: one access-log entry per request, with the
 * filter (phone masked) and the counts, not one per row, written in the page's own statement.
 * `rowExtra`, a jsonb expression over a row of the CTE `page`, is answered beside each row.
 */
export async function listCases(
  db: Executor,
  actor: Actor,
  meta: RequestMeta,
  filter: CaseFilter,
  first: number,
  after?: string | null,
  rowExtra?: (row: SQL) => SQL,
  /** Where the access-log entry goes when `db` is a replicas' reader: then it is a second statement, after the read. */
  primary?: Executor,
): Promise<CasePage> {
  const where = and(casesInScope(actor), ...conditionsOf(filter));
  const cursor = after ? decodeCursor(after) : null;
  const page = cursor
    ? and(where, or(lt(cases.createdAt, cursor.createdAt), and(eq(cases.createdAt, cursor.createdAt), lt(cases.id, cursor.id))))
    : where;
  // The page, the total and the access-log entry in one statement (one round trip). The entry
  // carries the filter (phone masked) and the counts; the cursor tells pages apart, so paging
  // on is not taken for the same read again.
  const pageRows = build
    .select()
    .from(cases)
    .where(page)
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(first + 1);
  const logged = { filter: maskedFilter({ ...filter }), ...(after ? { after } : {}) };
  const result = await db.execute(
    withAccessLog(
      [sql`page AS (${pageRows})`, sql`total AS (SELECT count(*)::int AS n FROM ${cases} WHERE ${where ?? sql`true`})`],
      primary ? null : { actor, meta, action: 'LIST_CASES', subjectType: 'Case' },
      {
        detail: sql`${JSON.stringify(logged)}::jsonb || jsonb_build_object(
          'count', LEAST((SELECT count(*) FROM page), ${first}::int), 'total', (SELECT n FROM total))`,
      },
      sql`SELECT (SELECT n FROM total) AS total,
        COALESCE((SELECT jsonb_agg(jsonb_build_object('row', to_jsonb(page), 'extra', ${rowExtra?.(sql`page`) ?? sql`NULL::jsonb`})
          ORDER BY page.created_at DESC, page.id DESC) FROM page), '[]'::jsonb) AS rows`,
    ),
  );
  const [answer] = rowsOf<{ total: number | string; rows: { row: Record<string, unknown>; extra: unknown }[] }>(result);
  const rows = answer!.rows.map((item) => rowFromJson(cases, item.row));
  const shown = rows.slice(0, first);
  const extras = answer!.rows.slice(0, first).map((item) => item.extra);
  const totalCount = Number(answer!.total);
  if (primary) {
    const detail = { ...logged, count: shown.length, total: totalCount };
    await recordRead(primary, { actor, meta, action: 'LIST_CASES', subjectType: 'Case', detail });
  }
  return { rows: shown, extras, hasNextPage: rows.length > first, totalCount, cursorOf: encodeCursor };
}

function conditionsOf(filter: CaseFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(cases.status, filter.status));
  if (filter.kind) conditions.push(eq(cases.kind, filter.kind));
  if (filter.countedOmissions) conditions.push(countedOmission);
  if (filter.lotId) conditions.push(eq(cases.lotId, filter.lotId));
  if (filter.customerId) conditions.push(eq(cases.customerId, filter.customerId));
  if (filter.month) conditions.push(eq(cases.incidentMonth, filter.month));
  // A prefix, so the palette finds "VOC-260401-…" while the code is still being typed
  // (cases_code_prefix_idx serves it).
  if (filter.code) conditions.push(like(cases.code, `${escapeLike(filter.code)}%`));
  if (filter.plate) {
    const plate = `%${escapeLike(filter.plate)}%`;
    conditions.push(sql`${cases.passId} IN (SELECT ${passes.id} FROM ${passes} WHERE ${ilike(passes.plate, plate)})`);
  }
  if (filter.phoneLast4) {
    conditions.push(
      sql`${cases.customerId} IN (SELECT ${customers.id} FROM ${customers} WHERE right(${customers.phone}, 4) = ${filter.phoneLast4})`,
    );
  }
  return conditions;
}

/** A search term taken literally inside a LIKE pattern. */
function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function encodeCursor(row: CaseRow): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const at = new Date(createdAt);
    if (Number.isNaN(at.getTime()) || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) throw new Error('bad cursor');
    return { createdAt: at, id };
  } catch {
    throw fieldError('BAD_USER_INPUT', 'after', 'badCursor');
  }
}

/** The SQL condition of the cases an actor sees under a filter, for readers other than listCases (CSV export). */
export function caseFilterCondition(actor: Actor, filter: CaseFilter): SQL | undefined {
  return and(casesInScope(actor), ...conditionsOf(filter));
}
