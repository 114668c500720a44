// When an operator may take back an acknowledgement (출차 처리 / 확인): a slip caught at once,
// never a change of mind after someone else acted on it. Pure rules, no I/O.

import type { RuleReason } from './rule-reason';

/** How long the page offers 되돌리기 after an acknowledgement. */
export const UNDO_OFFER_SECONDS = 5;

/**
 * How long the server still accepts the undo: the page's offer plus room for a slow network
 * and a click in the offer's last moment, so an undo offered is an undo honoured.
 */
export const UNDO_WINDOW_SECONDS = 10;

/** Why an undo is refused, or null when it may go ahead. */
export type UndoRefusal = 'NOT_ACKNOWLEDGED' | 'ALREADY_DECIDED' | 'OTHER_COMPANY' | 'WINDOW_PASSED' | 'ACTED_ON';

/** What the rule looks at; gathered by the service under the request's lock. */
export interface UndoFacts {
  status: 'REQUESTED' | 'ACKNOWLEDGED' | 'CONFIRMED' | 'REJECTED';
  acknowledgedAt: Date | null;
  /** The operator company of whoever acknowledged it, and of whoever asks to undo it. */
  acknowledgedByOperatorId: string | null;
  actorOperatorId: string | null;
  /** The agent, a manager or a job wrote on the case after the acknowledgement, or escalated the request. */
  actedOnSince: boolean;
  now: Date;
}

/** Whether an acknowledgement may be undone now: the first rule it breaks, or null. */
export function undoRefusal(facts: UndoFacts): UndoRefusal | null {
  if (facts.status === 'CONFIRMED' || facts.status === 'REJECTED') return 'ALREADY_DECIDED';
  if (facts.status !== 'ACKNOWLEDGED' || facts.acknowledgedAt === null) return 'NOT_ACKNOWLEDGED';
  if (facts.acknowledgedByOperatorId === null || facts.acknowledgedByOperatorId !== facts.actorOperatorId) return 'OTHER_COMPANY';
  if (facts.now.getTime() - facts.acknowledgedAt.getTime() > UNDO_WINDOW_SECONDS * 1000) return 'WINDOW_PASSED';
  if (facts.actedOnSince) return 'ACTED_ON';
  return null;
}

/** The refusal as a catalog sentence, worded in each reader's language. */
export const UNDO_REFUSAL_REASON = {
  NOT_ACKNOWLEDGED: { code: 'undoNotAcknowledged' },
  ALREADY_DECIDED: { code: 'undoAlreadyDecided' },
  OTHER_COMPANY: { code: 'undoOtherCompany' },
  WINDOW_PASSED: { code: 'undoWindowPassed', params: { seconds: UNDO_WINDOW_SECONDS } },
  ACTED_ON: { code: 'undoActedOn' },
} as const satisfies Record<UndoRefusal, RuleReason>;
