import type { Database } from '@/db/client';
import type { CaseRow } from '@/db/schema';
import { FIRST_RESPONSE_EVENT } from '@/lib/domain/case-events';
import type { Actor, RequestMeta } from '../core/actor';
import { writeCaseEvent, type CaseEventInput, type CaseTextInput } from './write-case-event';

/**
 * Records the first response of step ④ (1차: 불가안내/ 정책안내/ 케어, or the refund policy on a
 * refund claim) in the agent's words: with it the compensation step is done when no coupon or
 * refund follows (Case.firstResponseAt).
 */
export function recordFirstResponse(db: Database, actor: Actor, meta: RequestMeta, input: CaseTextInput): Promise<CaseRow> {
  const target = { caseId: input.caseId, expectedVersion: input.expectedVersion };
  const event: CaseEventInput = { type: FIRST_RESPONSE_EVENT, scriptStep: 'COMPENSATION', detail: input.text };
  return writeCaseEvent(db, actor, meta, target, event, 'RECORD_FIRST_RESPONSE');
}
