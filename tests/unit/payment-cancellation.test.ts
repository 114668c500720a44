import { describe, expect, it } from 'vitest';
import { ageParts } from '@/app/_components/manager/cancellations/cancellation-age';
import {
  cancellationDueAt,
  cancellationMoveRefusal,
  isCancellationOverdue,
  type CancellationMove,
  type CancellationStatus,
} from '@/lib/domain/payment-cancellation';
import { DEFAULT_CANCELLATION_TARGET_HOURS } from '@/lib/domain/response-targets';
import { paymentCancellationCompletedSms, paymentCancellationRejectedSms } from '@/lib/domain/sms-templates';
import { renderReason } from '@/lib/i18n/reasons';

const FILED = new Date('2026-04-03T00:00:00Z');

describe('payment cancellation: a work item with a target (domain.md, hand-offs)', () => {
  it('is due 72 hours after it was filed by default', () => {
    expect(DEFAULT_CANCELLATION_TARGET_HOURS).toBe(72);
    expect(cancellationDueAt(FILED).toISOString()).toBe('2026-04-06T00:00:00.000Z');
    expect(cancellationDueAt(FILED, 24).toISOString()).toBe('2026-04-04T00:00:00.000Z');
  });

  it.each<[CancellationStatus, string, boolean]>([
    ['RECEIVED', '2026-04-06T00:00:00Z', false],
    ['RECEIVED', '2026-04-06T00:00:01Z', true],
    ['IN_PROGRESS', '2026-04-07T00:00:00Z', true],
    ['COMPLETED', '2026-04-07T00:00:00Z', false],
    ['REJECTED', '2026-04-07T00:00:00Z', false],
  ])('%s at %s: overdue %s', (status, now, overdue) => {
    expect(isCancellationOverdue({ status, dueAt: cancellationDueAt(FILED) }, new Date(now))).toBe(overdue);
  });

  it.each<[CancellationStatus, CancellationMove, boolean]>([
    ['RECEIVED', 'TAKE', true],
    ['RECEIVED', 'COMPLETE', true],
    ['RECEIVED', 'REJECT', true],
    ['IN_PROGRESS', 'TAKE', false],
    ['IN_PROGRESS', 'COMPLETE', true],
    ['IN_PROGRESS', 'REJECT', true],
    ['COMPLETED', 'COMPLETE', false],
    ['COMPLETED', 'REJECT', false],
    ['REJECTED', 'TAKE', false],
    ['REJECTED', 'COMPLETE', false],
  ])('%s → %s allowed: %s', (status, move, allowed) => {
    expect(cancellationMoveRefusal(status, move) === null).toBe(allowed);
  });

  it('a settled one is refused in words that say what it is', () => {
    expect(renderReason(cancellationMoveRefusal('COMPLETED', 'COMPLETE')!)).toContain('이미 완료된');
    expect(renderReason(cancellationMoveRefusal('REJECTED', 'COMPLETE')!)).toContain('이미 반려된');
  });

  it('the texts name the amount in won and the case code; the rejection carries no staff wording', () => {
    const done = paymentCancellationCompletedSms({ amount: 4500, caseCode: 'VOC-2026-000123' });
    expect(done).toMatch(/^\[카카오 T 주차\] 현장결제 4,500원의 취소가 완료되었습니다\./);
    expect(done).toContain('(상담번호 VOC-2026-000123)');
    expect(paymentCancellationRejectedSms({ amount: 12000, caseCode: 'VOC-1' })).toBe(
      '[카카오 T 주차] 현장결제 12,000원의 취소 요청을 처리하지 못했습니다. 상담사가 확인 후 다시 안내드리겠습니다. (상담번호 VOC-1)',
    );
  });

  it.each([
    ['2026-04-03T00:00:00Z', '2026-04-03T00:59:59Z', { days: 0, hours: 0, minutes: 59 }],
    ['2026-04-03T00:00:00Z', '2026-04-05T03:10:00Z', { days: 2, hours: 3, minutes: 10 }],
    ['2026-04-03T00:00:00Z', '2026-04-02T00:00:00Z', { days: 0, hours: 0, minutes: 0 }],
  ])('age from %s to %s', (from, now, parts) => {
    expect(ageParts(from, new Date(now))).toEqual(parts);
  });
});
