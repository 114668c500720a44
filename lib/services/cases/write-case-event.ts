import type { Database, Transaction } from '@/db/client';
import type { CaseRow } from '@/db/schema';
import type { AccessAction } from '@/lib/domain/access-log';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite, recordCaseEvent, type CaseWriteOptions } from './case-write';
import { recordAudit, type AuditEntry } from '../audit/record-audit';

/** One timeline event as recordCaseEvent takes it. */
export type CaseEventInput = Parameters<typeof recordCaseEvent>[3];

/** The input of a write that adds a person's text to a case's timeline (a note, a first response). */
export type CaseTextInput = { caseId: string; text: string; expectedVersion?: number | null };

/**
 * The end of most writes on a case: its timeline event and the access-log entry for what was
 * changed (the case itself or a row that hangs off it), in the caller's transaction.
 */
export async function recordAuditedCaseEvent(
  tx: Transaction,
  entry: AuditEntry & { actor: Actor },
  row: Pick<CaseRow, 'id'>,
  event: CaseEventInput,
): Promise<CaseRow> {
  const updated = await recordCaseEvent(tx, entry.actor, row, event);
  await recordAudit(tx, entry);
  return updated;
}

/**
 * The whole transaction of a write that is one timeline event on one case and nothing else:
 * lock the case (with the caller's expected version), write the event, log the access. The
 * services that need more (a check, another table) open their own transaction.
 */
export function writeCaseEvent(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  target: { caseId: string; expectedVersion?: number | null } & Omit<CaseWriteOptions, 'expectedVersion'>,
  event: CaseEventInput,
  action: AccessAction,
): Promise<CaseRow> {
  const { caseId, ...options } = target;
  return db.transaction(async (tx) => {
    const row = await lockCaseForWrite(tx, actor, caseId, options);
    return recordAuditedCaseEvent(tx, { actor, meta, action, subjectType: 'Case', subjectId: row.id }, row, event);
  });
}
