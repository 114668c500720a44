import type { Database } from '@/db/client';
import type { CaseRow } from '@/db/schema';
import { IDENTITY_UNCONFIRMED_OUTCOME } from '@/lib/domain/case-outcomes';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite, recordCaseEvent } from './case-write';
import { recordAudit } from '../audit/record-audit';
import { ServiceError } from '../core/service-error';

/**
 * The caller could not be verified as the account holder: the case ends here with the fixed
 * outcome, takes no further step (lockCaseForWrite refuses closed cases), never counts as an
 * omission (identityVerified stays false) and is counted in the manager's unverified contacts.
 */
export function recordIdentityUnconfirmed(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { caseId: string; expectedVersion?: number | null },
): Promise<CaseRow> {
  return db.transaction(async (tx) => {
    const row = await lockCaseForWrite(tx, actor, input.caseId, { expectedVersion: input.expectedVersion, requireVerified: false });
    if (row.identityVerified) throw new ServiceError('POLICY_DENIED', 'verifiedCannotCloseUnverified');
    const now = new Date();
    const updated = await recordCaseEvent(tx, actor, row, {
      type: 'IDENTITY_NOT_VERIFIED',
      scriptStep: 'BASIC_CARE',
      reason: { code: 'eventIdentityNotVerified' },
      changes: { identityUnconfirmedAt: now, status: 'RESOLVED', resolvedAt: now, outcome: IDENTITY_UNCONFIRMED_OUTCOME },
    });
    await recordAudit(tx, { actor, meta, action: 'RECORD_IDENTITY_UNCONFIRMED', subjectType: 'Case', subjectId: row.id });
    return updated;
  });
}
