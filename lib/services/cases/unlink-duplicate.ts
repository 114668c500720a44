import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { cases, type CaseRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite, recordCaseEvent } from './case-write';
import { refuseIfCouponDependsOnCount } from './duplicate-count-guard';
import { recordAudit } from '../audit/record-audit';
import { fieldError } from '../core/service-error';

/**
 * Undoes a duplicate link with a reason (the agent found the two contacts were different
 * incidents), so the case counts again; refused while a coupon of its month depends on the count.
 */
export function unlinkDuplicate(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { caseId: string; reason: string; expectedVersion?: number | null },
): Promise<CaseRow> {
  return db.transaction(async (tx) => {
    const row = await lockCaseForWrite(tx, actor, input.caseId, { expectedVersion: input.expectedVersion });
    if (!row.duplicateOfId) throw fieldError('BAD_USER_INPUT', 'caseId', 'notADuplicate');
    const [original] = await tx.select({ id: cases.id, code: cases.code }).from(cases).where(eq(cases.id, row.duplicateOfId));
    if (!original) throw new Error('a duplicate link points at no case');
    await refuseIfCouponDependsOnCount(tx, row, 'unlink');
    const updated = await recordCaseEvent(tx, actor, row, {
      type: 'DUPLICATE_UNLINKED',
      scriptStep: 'BASIC_CARE',
      reason: { code: 'eventDuplicateUnlinked', params: { code: original.code, reason: input.reason } },
      changes: { duplicateOfId: null },
    });
    await recordAudit(tx, { actor, meta, action: 'UNLINK_DUPLICATE', subjectType: 'Case', subjectId: row.id, detail: { of: original.id } });
    return updated;
  });
}
