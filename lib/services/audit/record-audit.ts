import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import { auditLog } from '@/db/schema';
import type { AccessAction } from '@/lib/domain/access-log';
import type { Actor, RequestMeta } from '../core/actor';
import { insertRow } from '../core/rows';

/** One access-log entry as a use case names it. */
export interface AuditEntry {
  actor: Actor | null;
  meta?: RequestMeta;
  action: AccessAction;
  subjectType: string;
  subjectId: string;
  detail?: unknown;
}

/** One access-log entry, written in the caller's transaction so it stands or falls with it. */
export async function recordAudit(tx: Executor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actor?.id ?? null,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    clientAddress: entry.meta?.clientAddress ?? null,
    detail: entry.detail ?? null,
  });
}

/** Inserts the row a use case creates and logs its creation with it, in the caller's transaction. */
export async function insertAudited<T extends PgTable & { $inferSelect: { id: string } }>(
  tx: Executor,
  table: T,
  values: PgInsertValue<T>,
  audit: Omit<AuditEntry, 'subjectId'>,
): Promise<T['$inferSelect']> {
  const row = await insertRow(tx, table, values);
  await recordAudit(tx, { ...audit, subjectId: row.id });
  return row;
}
