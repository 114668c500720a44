import { sqlStateOf, type Database } from '@/db/client';
import { coupons, type CouponRow } from '@/db/schema';
import { couponIssuedSms } from '@/lib/domain/sms-templates';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite } from '../cases/case-write';
import { recordAuditedCaseEvent } from '../cases/write-case-event';
import { lockCustomerMonth } from '../cases/duplicate-count-guard';
import { idempotentTransaction } from '../core/idempotency';
import { couponFactsIn, judgeCoupon } from './judge-coupon';
import { queueSms } from '../messaging/queue-sms';
import { insertRow } from '../core/rows';
import { ServiceError } from '../core/service-error';

const UNIQUE_VIOLATION = '23505';
const MONTH_ALREADY_COMPENSATED = '이번 달 보상 쿠폰이 이미 지급되었습니다. 보상은 월 1회에 한합니다.';

/**
 * Issues the "Parking CS" compensation coupon when the policy allows it. Two agents pressing
 * at once on cases of the same customer both find the month free; the unique index on
 * (customer, month, slot) lets one insert win and the other is refused.
 */
export async function issueCompensationCoupon(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { caseId: string; expectedVersion?: number | null },
): Promise<CouponRow> {
  try {
    return await idempotentTransaction(db, actor, meta, { operation: 'issueCompensationCoupon', input, table: coupons }, async (tx) => {
      const row = await lockCaseForWrite(tx, actor, input.caseId, { expectedVersion: input.expectedVersion });
      // A duplicate link of the same month waits for this coupon (or this coupon for it): the count judged is the count kept.
      await lockCustomerMonth(tx, row.customerId, row.incidentMonth);
      const judged = await judgeCoupon(couponFactsIn(tx), row);
      if (!judged.eligible) throw new ServiceError('POLICY_DENIED', judged.reason);
      const coupon = await insertRow(tx, coupons, {
        customerId: row.customerId,
        caseId: row.id,
        amount: judged.amount,
        month: row.incidentMonth,
        slot: judged.couponsThisMonth + 1,
        issuedById: actor.id,
      });
      await queueSms(tx, {
        customerId: row.customerId,
        caseId: row.id,
        body: couponIssuedSms({ amount: coupon.amount, caseCode: row.code }),
      });
      await recordAuditedCaseEvent(tx, { actor, meta, action: 'ISSUE_COUPON', subjectType: 'Coupon', subjectId: coupon.id }, row, {
        type: 'COUPON_ISSUED',
        scriptStep: 'COMPENSATION',
        reason: {
          code: 'eventCouponIssued',
          params: { amount: coupon.amount, month: row.incidentMonth, count: judged.omissionsThisMonth },
        },
      });
      return coupon;
    });
  } catch (error) {
    if (sqlStateOf(error) === UNIQUE_VIOLATION) throw new ServiceError('POLICY_DENIED', MONTH_ALREADY_COMPENSATED);
    throw error;
  }
}
