import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { rowsOf, type Executor } from '@/db/client';
import { rowFromJson } from '@/db/json-row';
import { auditLog } from '@/db/schema';
import type { AccessAction } from '@/lib/domain/access-log';
import type { Actor, RequestMeta } from '../core/actor';

/**
 * Pages poll (the case every 10 s, the operator's queues every 3 s): the same read by the
 * same account from the same address, with the same detail, within this window is the
 * person still looking at the same screen and stays one entry. Any difference (another
 * subject, filter or count) is a new entry, and so is the same read once the window is over.
 */
export const REPEAT_READ_WINDOW_SECONDS = 60;

/** One read of personal data, as the access log keeps it. */
export interface ReadEntry {
  actor: Actor;
  meta?: RequestMeta;
  action: AccessAction;
  subjectType: string;
  subjectId?: string | null;
  detail?: Record<string, unknown> | null;
}

/** What a read's own statement knows that its entry needs: whether anything was found, and detail drawn from the answer. */
export interface LoggedReadParts {
  /** The entry is written only when this holds (e.g. `EXISTS (SELECT 1 FROM found)`): nothing found, nothing logged. */
  when?: SQL;
  /** The entry's detail as a jsonb expression over the read's CTEs (counts), instead of `entry.detail`. */
  detail?: SQL;
}

/**
 * The access-log INSERT of one read, skipped only when the identical read was just recorded,
 * as SQL to put into the read's own statement as a data-modifying CTE (withAccessLog) or to
 * run alone (recordRead). Bare parameters of INSERT … SELECT are untyped, so each is cast.
 */
export function accessLogInsert(entry: ReadEntry, parts: LoggedReadParts = {}): SQL {
  const clientAddress = entry.meta?.clientAddress ?? null;
  const subjectId = entry.subjectId ?? null;
  const detail = parts.detail ?? sql`${entry.detail ? JSON.stringify(entry.detail) : null}::jsonb`;
  return sql`
    INSERT INTO ${auditLog} (actor_id, action, subject_type, subject_id, client_address, detail)
    SELECT ${entry.actor.id}::uuid, ${entry.action}::text, ${entry.subjectType}::text, ${subjectId}::text,
      ${clientAddress}::text, entry.detail
    FROM (SELECT ${detail} AS detail) AS entry
    WHERE ${parts.when ?? sql`true`} AND NOT EXISTS (
      SELECT 1 FROM ${auditLog}
      WHERE ${auditLog.actorId} = ${entry.actor.id}::uuid
        AND ${auditLog.at} > now() - make_interval(secs => ${REPEAT_READ_WINDOW_SECONDS})
        AND ${auditLog.action} = ${entry.action}::text
        AND ${auditLog.subjectType} IS NOT DISTINCT FROM ${entry.subjectType}::text
        AND ${auditLog.subjectId} IS NOT DISTINCT FROM ${subjectId}::text
        AND ${auditLog.clientAddress} IS NOT DISTINCT FROM ${clientAddress}::text
        AND ${auditLog.detail} IS NOT DISTINCT FROM entry.detail
    )`;
}

/**
 * A read and its access-log entry as ONE statement, `WITH <ctes>, logged AS (INSERT …) <select>`:
 * one round trip, and the entry is committed with the answer or the statement fails as a
 * whole (a read whose entry cannot be written does not answer). The INSERT sees the same
 * snapshot as the read; `ctes` are `name AS (…)` parts the select and `parts` may name.
 */
export function withAccessLog(ctes: SQL[], entry: ReadEntry | null, parts: LoggedReadParts, select: SQL): SQL {
  // Null: the caller writes the entry itself (a read sent to a replica, which takes no write).
  const logged = entry ? [sql`logged AS (${accessLogInsert(entry, parts)})`] : [];
  return sql`WITH ${sql.join([...ctes, ...logged], sql`, `)} ${select}`;
}

/**
 * Records that someone read a customer's personal data: one INSERT, outside any transaction
 * (a read has nothing to roll back), skipped only when the identical read was just recorded.
 * For reads that cannot fold it into their own statement (withAccessLog).
 */
export async function recordRead(db: Executor, entry: ReadEntry): Promise<void> {
  await db.execute(accessLogInsert(entry));
}

/**
 * The rows of `query` (whole rows of `table`, in `order` over the CTE `found`) and their
 * access-log entry, whose detail gains the number of rows, in one statement (withAccessLog).
 */
export async function readLoggedRows<T extends PgTable>(
  db: Executor,
  table: T,
  query: SQLWrapper,
  order: SQL,
  entry: ReadEntry,
): Promise<T['$inferSelect'][]> {
  const detail = sql`${JSON.stringify(entry.detail ?? {})}::jsonb || jsonb_build_object('count', (SELECT count(*) FROM found))`;
  const result = await db.execute(
    withAccessLog(
      [sql`found AS (${query})`],
      entry,
      { detail },
      sql`SELECT COALESCE(jsonb_agg(to_jsonb(found) ORDER BY ${order}), '[]'::jsonb) AS rows FROM found`,
    ),
  );
  const [answer] = rowsOf<{ rows: Record<string, unknown>[] }>(result);
  return answer!.rows.map((row) => rowFromJson(table, row));
}
