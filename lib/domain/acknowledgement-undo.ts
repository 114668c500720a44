// When an operator may take back an acknowledgement (출차 처리 / 확인): a slip caught at once,
// never a change of mind after someone else acted on it. Pure rules, no I/O.

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

/** The refusal in words (Korean, as the API's messages are). */
export const UNDO_REFUSAL_MESSAGE: Record<UndoRefusal, string> = {
  NOT_ACKNOWLEDGED: '처리되지 않은 요청이라 되돌릴 것이 없습니다.',
  ALREADY_DECIDED: '이미 등록 완료 또는 반려된 요청은 되돌릴 수 없습니다.',
  OTHER_COMPANY: '다른 운영사가 처리한 요청은 되돌릴 수 없습니다.',
  WINDOW_PASSED: `처리 후 ${UNDO_WINDOW_SECONDS}초가 지나 되돌릴 수 없습니다.`,
  ACTED_ON: '처리 후 상담사나 시스템이 이미 이어서 처리해 되돌릴 수 없습니다.',
};
