import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { cases, coupons, type CaseRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite, recordCaseEvent } from './case-write';
import { refuseIfCouponDependsOnCount } from './duplicate-count-guard';
import { recordAudit } from '../audit/record-audit';
import { ServiceError } from '../core/service-error';

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
    throw new ServiceError('BAD_USER_INPUT', 'ofCaseId: 상담을 자기 자신의 중복으로 연결할 수 없습니다.', 'ofCaseId');
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
export async function linkAsDuplicateIn(tx: Transaction, actor: Actor, meta: RequestMeta, row: CaseRow, ofCaseId: string, field: string): Promise<CaseRow> {
  const [original] = await tx.select().from(cases).where(eq(cases.id, ofCaseId));
  if (!original) throw new ServiceError('NOT_FOUND', `${field}: 원 상담을 찾을 수 없습니다.`, field);
  if (original.customerId !== row.customerId) {
    throw new ServiceError('BAD_USER_INPUT', `${field}: 같은 고객의 상담만 중복으로 연결할 수 있습니다.`, field);
  }
  if (!isEarlier(original, row)) {
    throw new ServiceError('BAD_USER_INPUT', `${field}: 먼저 접수된 상담에만 연결할 수 있습니다.`, field);
  }
  if (row.duplicateOfId) throw new ServiceError('CONFLICT', '이미 다른 상담의 중복으로 연결되어 있습니다.');
  // Linking to a duplicate would build a chain; the original of the original is the incident.
  if (original.duplicateOfId) {
    throw new ServiceError('BAD_USER_INPUT', `${field}: ${original.code}도 중복 문의입니다. 원 상담에 연결해 주세요.`, field);
  }
  // An unverified contact never counted; the verified one is the incident's count.
  if (!original.identityVerified) {
    throw new ServiceError('BAD_USER_INPUT', `${field}: ${original.code}은(는) 본인 확인이 안 된 상담이라 원 상담이 될 수 없습니다.`, field);
  }
  // A case others point at is an original itself; linking it would build a chain.
  const [dependent] = await tx.select({ code: cases.code }).from(cases).where(eq(cases.duplicateOfId, row.id)).limit(1);
  if (dependent) {
    throw new ServiceError('BAD_USER_INPUT', `caseId: ${dependent.code}이(가) 이 상담의 중복으로 연결되어 있어 이 상담은 중복이 될 수 없습니다.`, 'caseId');
  }
  const [coupon] = await tx.select({ id: coupons.id }).from(coupons).where(eq(coupons.caseId, row.id));
  if (coupon) throw new ServiceError('POLICY_DENIED', '보상 쿠폰이 지급된 상담은 중복으로 바꿀 수 없습니다.');
  await refuseIfCouponDependsOnCount(tx, row, 'link');
  const updated = await recordCaseEvent(tx, actor, row, {
    type: 'DUPLICATE_LINKED',
    scriptStep: 'BASIC_CARE',
    detail: `${original.code}와 같은 사고의 재문의`,
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
