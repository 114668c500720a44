import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { registrationRequests, type RegistrationRequestRow } from '@/db/schema';
import type { Actor, RequestMeta } from './actor';
import { recordOperatorStep } from './case-after-request';
import { recordAudit } from './record-audit';
import { lockRegistrationRequest } from './request-scope';
import { ServiceError } from './service-error';

/** The operator cannot register the plate (ACKNOWLEDGED → REJECTED); the agent sees the reason. */
export function rejectRegistration(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { id: string; reason: string },
  now = new Date(),
): Promise<RegistrationRequestRow> {
  return db.transaction(async (tx) => {
    const request = await lockRegistrationRequest(tx, actor, input.id);
    if (request.status !== 'ACKNOWLEDGED') {
      throw new ServiceError('CONFLICT', request.status === 'REQUESTED' ? '먼저 요청을 확인(접수)해 주세요.' : '이미 처리된 차량등록 요청입니다.');
    }
    const [updated] = await tx
      .update(registrationRequests)
      .set({ status: 'REJECTED', resolvedAt: now, resolvedById: actor.id, rejectReason: input.reason })
      .where(eq(registrationRequests.id, input.id))
      .returning();
    if (!updated) throw new Error('update returned no row');
    await recordOperatorStep(tx, actor, request.caseId, { type: 'REGISTRATION_REJECTED', detail: `등록 반려: ${input.reason}` });
    await recordAudit(tx, { actor, meta, action: 'REJECT_REGISTRATION', subjectType: 'RegistrationRequest', subjectId: input.id });
    return updated;
  });
}
