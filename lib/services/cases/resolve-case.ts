import type { Database } from '@/db/client';
import type { CaseRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { writeCaseEvent } from './write-case-event';

/** Closes a case with its outcome; a resolved case takes no further writes. */
export function resolveCase(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { caseId: string; outcome: string; expectedVersion?: number | null },
): Promise<CaseRow> {
  return writeCaseEvent(
    db,
    actor,
    meta,
    // An unverified caller's contact can still be closed (e.g. not the account holder).
    { caseId: input.caseId, expectedVersion: input.expectedVersion, requireVerified: false },
    {
      type: 'CASE_RESOLVED',
      scriptStep: null,
      detail: input.outcome,
      changes: { status: 'RESOLVED', outcome: input.outcome, resolvedAt: new Date() },
    },
    'RESOLVE_CASE',
  );
}
