import type { Database } from '@/db/client';
import type { CaseRow } from '@/db/schema';
import type { AccessAction } from '@/lib/domain/access-log';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite, recordCaseEvent, type CaseWriteOptions } from './case-write';
import { recordAudit } from '../audit/record-audit';

/** One timeline event as recordCaseEvent takes it. */
export type CaseEventInput = Parameters<typeof recordCaseEvent>[3];

/** The input of a write that adds a person's text to a case's timeline (a note, a first response). */
export type CaseTextInput = { caseId: string; text: string; expectedVersion?: number | null };

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
    const updated = await recordCaseEvent(tx, actor, row, event);
    await recordAudit(tx, { actor, meta, action, subjectType: 'Case', subjectId: row.id });
    return updated;
  });
}
