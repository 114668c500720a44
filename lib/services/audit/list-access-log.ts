import { and, count, desc, eq, gte, like, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { auditLog, type AuditLogRow } from '@/db/schema';
import { maskedFilter } from '@/lib/domain/access-log';
import type { Actor, RequestMeta } from '../core/actor';
import { recordRead } from './record-read';
import { fieldError } from '../core/service-error';

/** What a manager narrows the access log by; every part optional. */
export interface AccessLogFilter {
  actorId?: string | null;
  action?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  from?: Date | null; // inclusive
  to?: Date | null; // exclusive
  clientAddress?: string | null; // the address or how it starts
}

/**
 * A place in the log, newest first: the entry's time to the microsecond, as UTC text, and its
 * id. A JS Date keeps only milliseconds; a cursor holding one would skip the entries that
 * share the millisecond but not the microsecond with the last one shown.
 */
export interface AccessLogCursor {
  at: string;
  id: number;
}

/** The largest page a client may ask for. */
export const MAX_ACCESS_LOG_PAGE = 200;

/** `at` exactly, for the next cursor. */
export const cursorAtColumn = sql<string>`to_char(${auditLog.at} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The filter as SQL, for the list and the CSV export alike. */
export function accessLogCondition(filter: AccessLogFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.subjectType) conditions.push(eq(auditLog.subjectType, filter.subjectType));
  if (filter.subjectId) conditions.push(eq(auditLog.subjectId, filter.subjectId));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lt(auditLog.at, filter.to));
  if (filter.clientAddress) conditions.push(like(auditLog.clientAddress, `${filter.clientAddress.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  return and(...conditions);
}

/** The entries after a cursor in the log's order (at, id) descending. */
export function afterCursor(cursor: AccessLogCursor): SQL {
  return sql`(${auditLog.at}, ${auditLog.id}) < (${cursor.at}::timestamptz, ${cursor.id}::bigint)`;
}

export interface AccessLogPage {
  entries: { row: AuditLogRow; cursor: string }[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * The access log under a filter, newest first, a page at a time (keyset on at, id). Reading
 * the log is itself logged, after the page is read so that it does not show on that page.
 */
export async function listAccessLog(
  db: Executor,
  actor: Actor,
  meta: RequestMeta,
  filter: AccessLogFilter,
  first: number,
  after?: string | null,
): Promise<AccessLogPage> {
  const where = accessLogCondition(filter);
  const cursor = after ? decodeCursor(after) : null;
  const [rows, [total]] = await Promise.all([
    db
      .select({ row: auditLog, at: cursorAtColumn })
      .from(auditLog)
      .where(cursor ? and(where, afterCursor(cursor)) : where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(first + 1),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  const shown = rows.slice(0, first);
  const totalCount = total?.n ?? 0;
  const detail = { filter: maskedFilter({ ...filter }), count: shown.length, total: totalCount, ...(after ? { after } : {}) };
  await recordRead(db, { actor, meta, action: 'VIEW_ACCESS_LOG', subjectType: 'AccessLog', detail });
  return {
    entries: shown.map(({ row, at }) => ({ row, cursor: encodeCursor({ at, id: row.id }) })),
    hasNextPage: rows.length > first,
    totalCount,
  };
}

const CURSOR_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

function encodeCursor(cursor: AccessLogCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

function decodeCursor(text: string): AccessLogCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof at !== 'string' || !CURSOR_AT.test(at) || !Number.isSafeInteger(id) || (id as number) < 1) throw new Error('bad cursor');
    return { at, id: id as number };
  } catch {
    throw fieldError('BAD_USER_INPUT', 'after', 'badCursor');
  }
}
