import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { coupons, refunds, type CaseRow } from '@/db/schema';
import { countsAsOmission } from '@/lib/domain/coupon-eligibility';
import { reclassifyRefusal, type VocKind } from '@/lib/domain/reclassification';
import { authorize } from '@/lib/policy/authorize';
import { roleCan } from '@/lib/policy/roles';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite, recordCaseEvent } from './case-write';
import { recordAudit } from '../audit/record-audit';
import { fieldError, ServiceError } from '../core/service-error';

/**
 * Corrects a case's VOC kind with a reason (domain.md "Reclassifying"). Counts, eligibility and
 * reports read cases.kind, so they follow at once; a coupon already issued stays (Coupon marks
 * it as issued under the earlier kind). The consultation type is the lot's, untouched.
 * A manager may also correct a closed case: miscounted cases surface in the month's reports,
 * after the call ended. An agent works on open cases of a verified caller, like every other step.
 */
export function reclassifyCase(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { caseId: string; kind: VocKind; reason: string; expectedVersion?: number | null },
): Promise<CaseRow> {
  authorize(actor, 'Mutation.reclassifyCase');
  const manager = roleCan(actor.role, 'overrideCaseRules');
  return db.transaction(async (tx) => {
    const row = await lockCaseForWrite(tx, actor, input.caseId, {
      expectedVersion: input.expectedVersion,
      requireVerified: !manager,
      allowResolved: manager,
    });
    if (row.kind === input.kind) throw fieldError('BAD_USER_INPUT', 'kind', 'alreadyOfKind', { kind: row.kind });
    const couponsOfMonth = await tx
      .select({ caseId: coupons.caseId })
      .from(coupons)
      .where(and(eq(coupons.customerId, row.customerId), eq(coupons.month, row.incidentMonth)));
    const [refund] = await tx
      .select({ id: refunds.id })
      .from(refunds)
      .where(and(eq(refunds.caseId, row.id), inArray(refunds.status, ['PROPOSED', 'APPROVED'])))
      .limit(1);
    const refusal = reclassifyRefusal({
      role: manager ? 'MANAGER' : 'AGENT',
      couponOnCase: couponsOfMonth.some((coupon) => coupon.caseId === row.id),
      refundInPlay: Boolean(refund),
      countBacksCoupon: countsAsOmission(row) && couponsOfMonth.length > 0,
    });
    if (refusal) throw new ServiceError('POLICY_DENIED', refusal);
    const updated = await recordCaseEvent(tx, actor, row, {
      type: 'CASE_RECLASSIFIED',
      scriptStep: null,
      reason: { code: 'eventReclassified', params: { from: row.kind, to: input.kind, reason: input.reason } },
      changes: { kind: input.kind },
    });
    await recordAudit(tx, {
      actor,
      meta,
      action: 'RECLASSIFY_CASE',
      subjectType: 'Case',
      subjectId: row.id,
      detail: { from: row.kind, to: input.kind },
    });
    return updated;
  });
}
