import type { Database } from '@/db/client';
import type { CaseRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite, recordCaseEvent } from './case-write';
import { recordAudit } from '../audit/record-audit';

/** Closes a case with its outcome; a resolved case takes no further writes. */
export function resolveCase(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { caseId: string; outcome: string; expectedVersion?: number | null },
): Promise<CaseRow> {
  return db.transaction(async (tx) => {
    const row = await lockCaseForWrite(tx, actor, input.caseId, {
      expectedVersion: input.expectedVersion,
      // An unverified caller's contact can still be closed (e.g. not the account holder).
      requireVerified: false,
    });
    const updated = await recordCaseEvent(tx, actor, row, {
      type: 'CASE_RESOLVED',
      scriptStep: null,
      detail: input.outcome,
      changes: { status: 'RESOLVED', outcome: input.outcome, resolvedAt: new Date() },
    });
    await recordAudit(tx, { actor, meta, action: 'RESOLVE_CASE', subjectType: 'Case', subjectId: row.id });
    return updated;
  });
}
