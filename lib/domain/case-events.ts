/** The kinds of timeline event; one list so services, seed and UI agree on the words. */
export const CASE_EVENT_TYPES = {
  CASE_OPENED: '상담 접수',
  IDENTITY_VERIFIED: '본인 확인',
  IDENTITY_NOT_VERIFIED: '본인 확인 불가',
  DUPLICATE_LINKED: '중복 문의 연결',
  DUPLICATE_UNLINKED: '중복 연결 해제',
  REPEAT_CONTACT: '같은 사고 재문의',
  GUIDANCE_GIVEN: '안내',
  EXIT_CALL_GUIDED: '호출버튼 안내',
  EXIT_REQUESTED: '출차 요청',
  EXIT_ACKNOWLEDGED: '출차 처리',
  EXIT_ACKNOWLEDGEMENT_UNDONE: '출차 처리 되돌림',
  REGISTRATION_REQUESTED: '차량등록 요청',
  REGISTRATION_ACKNOWLEDGED: '차량등록 확인',
  REGISTRATION_ACKNOWLEDGEMENT_UNDONE: '차량등록 확인 되돌림',
  REGISTRATION_CONFIRMED: '차량등록 완료',
  REGISTRATION_REJECTED: '차량등록 반려',
  REQUEST_ESCALATED: '처리 지연 보고',
  ONSITE_PAYMENT_RECORDED: '현장결제 기록',
  RECEIPT_ATTACHED: '영수증 첨부',
  PAYMENT_CANCELLATION_REQUESTED: '현장결제 취소 요청',
  PAYMENT_CANCELLATION_STARTED: '현장결제 취소 처리 시작',
  PAYMENT_CANCELLATION_COMPLETED: '현장결제 취소 완료',
  PAYMENT_CANCELLATION_REJECTED: '현장결제 취소 반려',
  POLICY_EXPLAINED: '보상 정책 안내',
  COUPON_ISSUED: '쿠폰 지급',
  REFUND_PROPOSED: '환불 제안',
  REFUND_APPROVED: '환불 승인',
  REFUND_REJECTED: '환불 반려',
  SMS_QUEUED: '문자 발송 대기',
  SMS_SENT: '문자 발송',
  CASE_RESOLVED: '상담 종결',
  CASE_REASSIGNED: '담당자 변경',
  NOTE_ADDED: '메모',
  CASE_RECLASSIFIED: '상담 유형 변경',
} as const;

export type CaseEventType = keyof typeof CASE_EVENT_TYPES;

/**
 * Events whose detail is desk staff's internal text (a note, the reason for a reclassification,
 * the first response in the agent's words, a repeat call's note, why a duplicate link was undone,
 * a manager's reason on a refund decision): operators never get it (domain.md: operators never
 * receive free text written by others).
 */
export const INTERNAL_EVENT_TYPES: ReadonlySet<string> = new Set<CaseEventType>([
  'NOTE_ADDED',
  'CASE_RECLASSIFIED',
  'POLICY_EXPLAINED',
  'REPEAT_CONTACT',
  'DUPLICATE_UNLINKED',
  'REFUND_APPROVED',
  'REFUND_REJECTED',
]);

/** The event that records the first response of step ④ (1차: 불가안내/정책안내/케어). */
export const FIRST_RESPONSE_EVENT: CaseEventType = 'POLICY_EXPLAINED';
