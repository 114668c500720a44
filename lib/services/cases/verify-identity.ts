import type { Database } from '@/db/client';
import type { CaseRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite, recordCaseEvent } from './case-write';
import { recordAudit } from '../audit/record-audit';
import { ServiceError } from '../core/service-error';

/** Records that the caller is the account holder (본인확인): the gate to every other action. */
export function verifyIdentity(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  caseId: string,
  expectedVersion?: number | null,
): Promise<CaseRow> {
  return db.transaction(async (tx) => {
    const row = await lockCaseForWrite(tx, actor, caseId, { expectedVersion, requireVerified: false });
    if (row.identityVerified) throw new ServiceError('CONFLICT', 'identityAlreadyVerified');
    const updated = await recordCaseEvent(tx, actor, row, {
      type: 'IDENTITY_VERIFIED',
      scriptStep: 'BASIC_CARE',
      reason: { code: 'eventIdentityVerified' },
      changes: { identityVerified: true, identityVerifiedAt: new Date() },
    });
    await recordAudit(tx, { actor, meta, action: 'VERIFY_IDENTITY', subjectType: 'Case', subjectId: row.id });
    return updated;
  });
}
