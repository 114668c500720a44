import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
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

/**
 * Records that someone read a customer's personal data: one INSERT, outside any transaction
 * (a read has nothing to roll back), skipped only when the identical read was just recorded.
 */
export async function recordRead(db: Executor, entry: ReadEntry): Promise<void> {
  const clientAddress = entry.meta?.clientAddress ?? null;
  const subjectId = entry.subjectId ?? null;
  const detail = entry.detail ? JSON.stringify(entry.detail) : null;
  // INSERT … SELECT leaves bare parameters untyped, so each is cast to its column's type.
  await db.execute(sql`
    INSERT INTO ${auditLog} (actor_id, action, subject_type, subject_id, client_address, detail)
    SELECT ${entry.actor.id}::uuid, ${entry.action}::text, ${entry.subjectType}::text, ${subjectId}::text,
      ${clientAddress}::text, ${detail}::jsonb
    WHERE NOT EXISTS (
      SELECT 1 FROM ${auditLog}
      WHERE ${auditLog.actorId} = ${entry.actor.id}::uuid
        AND ${auditLog.at} > now() - make_interval(secs => ${REPEAT_READ_WINDOW_SECONDS})
        AND ${auditLog.action} = ${entry.action}::text
        AND ${auditLog.subjectType} IS NOT DISTINCT FROM ${entry.subjectType}::text
        AND ${auditLog.subjectId} IS NOT DISTINCT FROM ${subjectId}::text
        AND ${auditLog.clientAddress} IS NOT DISTINCT FROM ${clientAddress}::text
        AND ${auditLog.detail} IS NOT DISTINCT FROM ${detail}::jsonb
    )`);
}
