import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { cases, coupons, type CaseRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite, recordCaseEvent } from './case-write';
import { refuseIfCouponDependsOnCount } from './duplicate-count-guard';
import { recordAudit } from '../audit/record-audit';
import { fieldError, ServiceError } from '../core/service-error';

/**
 * Marks a case as a second contact about the incident of an earlier case, so that the
 * omission counts once. Which contacts are the same incident is the agent's call; the
 * system checks same customer, earlier original, no self-link and no cycle.
 */
export function linkDuplicate(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { caseId: string; ofCaseId: string; expectedVersion?: number | null },
): Promise<CaseRow> {
  if (input.caseId === input.ofCaseId) {
    throw fieldError('BAD_USER_INPUT', 'ofCaseId', 'duplicateOfItself');
  }
  return db.transaction(async (tx) => {
    const row = await lockCaseForWrite(tx, actor, input.caseId, { expectedVersion: input.expectedVersion });
    return linkAsDuplicateIn(tx, actor, meta, row, input.ofCaseId, 'ofCaseId');
  });
}

/**
 * The link itself, in the caller's transaction on a case it has locked: linkDuplicate, and
 * openCase when the agent opens a repeat call as the earlier case's duplicate. `field` names
 * the argument that carried the original, for the error.
 */
export async function linkAsDuplicateIn(
  tx: Transaction,
  actor: Actor,
  meta: RequestMeta,
  row: CaseRow,
  ofCaseId: string,
  field: string,
): Promise<CaseRow> {
  const [original] = await tx.select().from(cases).where(eq(cases.id, ofCaseId));
  if (!original) throw fieldError('NOT_FOUND', field, 'originalNotFound');
  if (original.customerId !== row.customerId) {
    throw fieldError('BAD_USER_INPUT', field, 'duplicateOtherCustomer');
  }
  if (!isEarlier(original, row)) {
    throw fieldError('BAD_USER_INPUT', field, 'duplicateOfLater');
  }
  if (row.duplicateOfId) throw new ServiceError('CONFLICT', 'alreadyDuplicate');
  // Linking to a duplicate would build a chain; the original of the original is the incident.
  if (original.duplicateOfId) {
    throw fieldError('BAD_USER_INPUT', field, 'originalIsDuplicate', { code: original.code });
  }
  // An unverified contact never counted; the verified one is the incident's count.
  if (!original.identityVerified) {
    throw fieldError('BAD_USER_INPUT', field, 'originalUnverified', { code: original.code });
  }
  // A case others point at is an original itself; linking it would build a chain.
  const [dependent] = await tx.select({ code: cases.code }).from(cases).where(eq(cases.duplicateOfId, row.id)).limit(1);
  if (dependent) {
    throw fieldError('BAD_USER_INPUT', 'caseId', 'caseHasDuplicates', { code: dependent.code });
  }
  const [coupon] = await tx.select({ id: coupons.id }).from(coupons).where(eq(coupons.caseId, row.id));
  if (coupon) throw new ServiceError('POLICY_DENIED', 'couponCaseCannotBeDuplicate');
  await refuseIfCouponDependsOnCount(tx, row, 'link');
  const updated = await recordCaseEvent(tx, actor, row, {
    type: 'DUPLICATE_LINKED',
    scriptStep: 'BASIC_CARE',
    reason: { code: 'eventDuplicateLinked', params: { code: original.code } },
    changes: { duplicateOfId: original.id },
  });
  await recordAudit(tx, { actor, meta, action: 'LINK_DUPLICATE', subjectType: 'Case', subjectId: row.id, detail: { of: original.id } });
  return updated;
}

/** Cases are ordered by when they were logged, the code breaking ties. */
function isEarlier(a: CaseRow, b: CaseRow): boolean {
  const byTime = a.createdAt.getTime() - b.createdAt.getTime();
  return byTime < 0 || (byTime === 0 && a.code < b.code);
}
