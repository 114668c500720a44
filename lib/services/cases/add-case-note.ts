import type { Database } from '@/db/client';
import type { CaseRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { writeCaseEvent, type CaseEventInput, type CaseTextInput } from './write-case-event';

/**
 * An internal note on the case's timeline, at any time: before the caller is verified (what
 * they said), and after the case closed (a later call-back, the payments team's answer).
 * Operators never read it (graphql/resolvers/operator-view.ts).
 */
export function addCaseNote(db: Database, actor: Actor, meta: RequestMeta, input: CaseTextInput): Promise<CaseRow> {
  const target = { caseId: input.caseId, expectedVersion: input.expectedVersion, requireVerified: false, allowResolved: true };
  const event: CaseEventInput = { type: 'NOTE_ADDED', scriptStep: null, detail: input.text };
  return writeCaseEvent(db, actor, meta, target, event, 'ADD_CASE_NOTE');
}
