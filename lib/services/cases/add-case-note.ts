import type { Database } from '@/db/client';
import type { CaseRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { writeCaseEvent } from './write-case-event';

/**
 * An internal note on the case's timeline, at any time: before the caller is verified (what
 * they said), and after the case closed (a later call-back, the payments team's answer).
 * Operators never read it (graphql/resolvers/operator-view.ts).
 */
export function addCaseNote(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { caseId: string; text: string; expectedVersion?: number | null },
): Promise<CaseRow> {
  return writeCaseEvent(
    db,
    actor,
    meta,
    { caseId: input.caseId, expectedVersion: input.expectedVersion, requireVerified: false, allowResolved: true },
    { type: 'NOTE_ADDED', scriptStep: null, detail: input.text },
    'ADD_CASE_NOTE',
  );
}
