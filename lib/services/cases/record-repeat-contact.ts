import type { Database } from '@/db/client';
import type { CaseRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite, recordCaseEvent } from './case-write';
import { recordAudit } from '../audit/record-audit';

/** What the timeline says when the agent gave no note of their own. */
export const REPEAT_CONTACT_DETAIL = '고객이 같은 사고로 다시 연락했습니다.';

/**
 * "같은 사고의 재문의" recorded on the case already open for the incident instead of a new
 * case: a timeline entry, so the call is on record and nothing is counted twice. The caller
 * need not be verified again for it (it changes no count and starts no action).
 */
export function recordRepeatContact(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { caseId: string; note?: string | null; expectedVersion?: number | null },
): Promise<CaseRow> {
  return db.transaction(async (tx) => {
    const row = await lockCaseForWrite(tx, actor, input.caseId, { expectedVersion: input.expectedVersion, requireVerified: false });
    const updated = await recordCaseEvent(tx, actor, row, {
      type: 'REPEAT_CONTACT',
      scriptStep: 'BASIC_CARE',
      reason: input.note ? { code: 'eventRepeatContactNote', params: { note: input.note } } : { code: 'eventRepeatContact' },
    });
    await recordAudit(tx, { actor, meta, action: 'RECORD_REPEAT_CONTACT', subjectType: 'Case', subjectId: row.id });
    return updated;
  });
}
