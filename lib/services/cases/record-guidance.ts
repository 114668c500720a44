import type { Database } from '@/db/client';
import type { CaseRow } from '@/db/schema';
import type { GuideStepKey } from '@/lib/domain/guide-script';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite, recordCaseEvent } from './case-write';
import { recordAudit } from '../audit/record-audit';
import { CALL_BUTTON_GUIDANCE } from '@/lib/domain/guidance-details';

/**
 * Notes on the timeline what the agent told the customer at a step when nothing else
 * records it: the call-button guidance, the policy explained as a first response.
 */
export function recordGuidance(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { caseId: string; step: GuideStepKey; detail: string; expectedVersion?: number | null },
): Promise<CaseRow> {
  return db.transaction(async (tx) => {
    const row = await lockCaseForWrite(tx, actor, input.caseId, { expectedVersion: input.expectedVersion });
    const type = input.step === 'COMPENSATION' ? 'POLICY_EXPLAINED' : input.step === 'EXIT_CHECK' ? 'EXIT_CALL_GUIDED' : 'GUIDANCE_GIVEN';
    const updated = await recordCaseEvent(tx, actor, row, { type, scriptStep: input.step, ...guidanceDetail(input.detail) });
    await recordAudit(tx, { actor, meta, action: 'RECORD_GUIDANCE', subjectType: 'Case', subjectId: row.id });
    return updated;
  });
}

/** The page's fixed call-button phrase is our sentence (a code, read in each language); anything else is the agent's words. */
function guidanceDetail(detail: string) {
  return detail === CALL_BUTTON_GUIDANCE ? { reason: { code: 'eventCallButtonGuided' as const } } : { detail };
}
