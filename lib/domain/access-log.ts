import { maskPhoneNumbers } from './masking';

/** Reads of a customer's personal data, by their Korean names. */
const READ_ACTIONS = {
  VIEW_CASE: '상담 상세 조회',
  VIEW_CUSTOMER_HISTORY: '고객 상담 이력 조회',
  LIST_CASES: '상담 목록 조회',
  SEARCH_PASSES: '정기권 검색',
  QUOTE_REFUND: '환불 금액 계산',
  VIEW_RECEIPT: '영수증 열람',
  LIST_EXIT_REQUESTS: '출차 요청 목록 조회',
  LIST_REGISTRATION_REQUESTS: '차량등록 요청 목록 조회',
  LIST_REFUND_APPROVALS: '환불 승인 대기 조회',
  LIST_REPEAT_CUSTOMERS: '반복 누락 고객 조회',
  LIST_MANAGER_NOTICES: '관리자 알림 조회',
  EXPORT_CASES: '상담 CSV 내려받기',
  VIEW_ACCESS_LOG: '접근 기록 조회',
  EXPORT_ACCESS_LOG: '접근 기록 CSV 내려받기',
} as const;

/** Changes made by staff. */
const CHANGE_ACTIONS = {
  OPEN_CASE: '상담 접수',
  VERIFY_IDENTITY: '본인 확인',
  LINK_DUPLICATE: '중복 문의 연결',
  UNLINK_DUPLICATE: '중복 연결 해제',
  RECORD_REPEAT_CONTACT: '같은 사고 재문의 기록',
  RECORD_GUIDANCE: '안내 기록',
  RESOLVE_CASE: '상담 종결',
  REQUEST_EXIT: '출차 요청',
  ACKNOWLEDGE_EXIT: '출차 처리',
  UNDO_ACKNOWLEDGE_EXIT: '출차 처리 되돌림',
  REQUEST_REGISTRATION: '차량등록 요청',
  ACKNOWLEDGE_REGISTRATION: '차량등록 확인',
  UNDO_ACKNOWLEDGE_REGISTRATION: '차량등록 확인 되돌림',
  CONFIRM_REGISTRATION: '차량등록 완료',
  REJECT_REGISTRATION: '차량등록 반려',
  RECORD_ONSITE_PAYMENT: '현장결제 기록',
  ATTACH_RECEIPT: '영수증 첨부',
  REQUEST_PAYMENT_CANCELLATION: '현장결제 취소 요청',
  START_PAYMENT_CANCELLATION: '현장결제 취소 처리 시작',
  COMPLETE_PAYMENT_CANCELLATION: '현장결제 취소 완료',
  REJECT_PAYMENT_CANCELLATION: '현장결제 취소 반려',
  ISSUE_COUPON: '쿠폰 지급',
  PROPOSE_REFUND: '환불 제안',
  APPROVE_REFUND: '환불 승인',
  REJECT_REFUND: '환불 반려',
  CREATE_CUSTOMER: '고객 등록',
  CREATE_PASS: '정기권 등록',
  CREATE_OPERATOR: '운영사 등록',
  CREATE_PARKING_LOT: '주차장 등록',
  CREATE_USER: '계정 생성',
  ACTIVATE_USER: '계정 활성화',
  DEACTIVATE_USER: '계정 비활성화',
  ADD_POLICY_VERSION: '보상 정책 추가',
  SET_RESPONSE_TARGETS: '처리 목표 변경',
  START_BULK_CASE_JOB: '일괄 변경 시작',
  RUN_BULK_CASE_JOB_BATCH: '일괄 변경 실행',
  SET_LOCALE: '표시 언어 변경',
  RECLASSIFY_CASE: '상담 유형 변경',
  ADD_CASE_NOTE: '메모 추가',
  RECORD_FIRST_RESPONSE: '1차 응대 기록',
  RECORD_IDENTITY_UNCONFIRMED: '본인 확인 불가 종결',
  ADD_OUTCOME_TEMPLATE: '결과 템플릿 추가',
  UPDATE_OUTCOME_TEMPLATE: '결과 템플릿 수정',
  ACTIVATE_OUTCOME_TEMPLATE: '결과 템플릿 사용',
  DEACTIVATE_OUTCOME_TEMPLATE: '결과 템플릿 사용 중지',
} as const;

/** The system's own work, with no account behind it. */
const SYSTEM_ACTIONS = {
  ESCALATE_REQUEST: '처리 지연 보고',
  SEND_SMS: '문자 발송',
} as const;

/**
 * What each access-log action is called on screen and in the CSV; one list so services,
 * the export and the page agree. recordAudit and recordRead take only these actions, so a
 * new one without a Korean name does not compile.
 */
export const ACCESS_ACTION_LABEL = { ...READ_ACTIONS, ...CHANGE_ACTIONS, ...SYSTEM_ACTIONS } as const;

/** The actions in the groups the page's filter shows them in (the page names a group by its id from the catalog). */
export const ACCESS_ACTION_GROUPS = [
  { id: 'read', label: '열람', actions: Object.keys(READ_ACTIONS) as AccessAction[] },
  { id: 'change', label: '변경', actions: Object.keys(CHANGE_ACTIONS) as AccessAction[] },
  { id: 'system', label: '시스템', actions: Object.keys(SYSTEM_ACTIONS) as AccessAction[] },
] as const;

export type AccessAction = keyof typeof ACCESS_ACTION_LABEL;

/** What an entry's subject type is called on screen. */
export const ACCESS_SUBJECT_LABEL: Record<string, string> = {
  Case: '상담',
  Customer: '고객',
  Pass: '정기권',
  ExitRequest: '출차 요청',
  RegistrationRequest: '차량등록 요청',
  OnsitePayment: '현장결제',
  PaymentCancellation: '현장결제 취소',
  ReceiptAttachment: '영수증',
  Coupon: '쿠폰',
  Refund: '환불',
  ManagerNotice: '관리자 알림',
  SmsMessage: '문자',
  User: '계정',
  Operator: '운영사',
  ParkingLot: '주차장',
  PolicyVersion: '보상 정책',
  BulkCaseJob: '일괄 변경',
  AccessLog: '접근 기록',
  OutcomeTemplate: '결과 템플릿',
};

const ROLE_LABEL: Record<string, string> = { AGENT: '상담사', OPERATOR: '운영사', MANAGER: '관리자' };

/** Who acted, by role; an entry without an account is the system's own (escalations, texts). */
export function accessActorRoleLabel(role: string | null): string {
  return role ? (ROLE_LABEL[role] ?? role) : '시스템';
}

/** An action's Korean name; an action this list does not know yet shows its code. */
export function accessActionLabel(action: string): string {
  return (ACCESS_ACTION_LABEL as Record<string, string>)[action] ?? action;
}

/** A subject type's Korean name, or the type itself. */
export function accessSubjectLabel(subjectType: string | null): string {
  if (!subjectType) return '';
  return ACCESS_SUBJECT_LABEL[subjectType] ?? subjectType;
}

/**
 * A list's or search's filter as the access log keeps it: what kind of search it was, but no
 * phone number in the clear. The last four digits of a phone are written as a masked phone,
 * a phone typed into a free-text term is masked, and empty terms are left out.
 */
export function maskedFilter(filter: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === null || value === undefined || value === '' || value === false) continue;
    if (key === 'phoneLast4' && typeof value === 'string') kept[key] = `***-****-${value.slice(-4)}`;
    else if (typeof value === 'string') kept[key] = maskPhoneNumbers(value);
    else kept[key] = value instanceof Date ? value.toISOString() : value;
  }
  return kept;
}
