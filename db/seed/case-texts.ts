import type { New, VocKind } from './types';

/** The guide's four steps (응대 순서), as the timeline records which script line applied. */
export const SCRIPT_STEP = {
  basicCare: 'BASIC_CARE',
  exitCheck: 'EXIT_CHECK',
  onsitePayment: 'ONSITE_PAYMENT',
  compensation: 'COMPENSATION',
} as const;

/** "3,000" without depending on the ICU data of the machine that seeds. */
export function won(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The consultation type path; its last level follows the lot's integration. */
export function consultationPath(integration: New<'parkingLots'>['integration']): string {
  const last = integration === 'LINKED' ? '정기권 미적용(연동)' : '정기권 미적용(비연동)';
  return `주차_고객 ▶ 서비스 이용/정책 ▶ 정기권 문의 ▶ ${last}`;
}

/** The guide's column heading of each VOC kind. */
export const KIND_LABEL: Record<VocKind, string> = {
  OPERATOR_OMISSION: '일반차량으로 인식 (운영사 정기권 등록누락)',
  EQUIPMENT_FAULT: '일반차량으로 인식 및 차단기 안열림 (설비이슈/LPR오인식)',
  REFUND_CLAIM: '정기권 이용 중 클레임으로 인한 환불요청',
};

/** What customers say, per kind; the agent's note. */
export const CASE_NOTES: Record<VocKind, readonly string[]> = {
  OPERATOR_OMISSION: [
    '출차 시 일반차량으로 인식되어 주차요금이 부과됨',
    '이번 달 정기권 갱신 후 차량이 정기권으로 인식되지 않음',
    '입차 기록이 일반차량으로 잡혀 출차 정산 요구받음',
  ],
  EQUIPMENT_FAULT: ['정기권 차량인데 출차부 차단기가 열리지 않음', '번호판이 다르게 인식되어 일반차량으로 처리됨 (LPR 오인식 추정)'],
  REFUND_CLAIM: ['정기권 등록 누락이 반복되어 남은 기간 환불을 원함', '입출차 인식 오류가 계속되어 정기권 해지 및 환불 요청'],
};

/** What the agent says at the compensation step, and the case's outcome. */
export const OUTCOME = {
  firstOmission: '1차 응대: 보상 불가 및 정기권 보상정책 안내, 감성 케어 — 정기권 등록 완료 안내',
  repeatContent: '월 2회 이상 누락이나 케어 후 고객 수긍 — 쿠폰 미제시, 정기권 등록 완료 안내',
  coupon: '케어 후 미수긍으로 Parking CS 3,000원 쿠폰 발급 (월 2회 이상 누락, 월 1회 보상) — 정기권 등록 완료 안내',
  couponAlreadyGiven: '이번 달 보상 쿠폰 기발급 — 월 1회 한도 안내 및 케어, 정기권 등록 완료 안내',
  equipment: '설비이슈(LPR 오인식) — 보상 불가 안내, 카메라 오인식으로 종결',
  refundDeclined: '환불 불가 및 당사 환불정책 안내, 재발방지를 위한 후속조치(등록 재확인) 요청으로 케어',
  unverified: '카카오 T 계정 가입자 본인 확인 불가 — 가입자 본인 문의 요청 후 종결',
  duplicate: (code: string) => `동일 사안 재문의 — 기존 상담 ${code} 건 진행 상황 안내 후 종결`,
  agencyRefund: (usedDays: number, amount: number) =>
    `소보원 인입 건: 이용 ${usedDays}일 공제 후 ${won(amount)}원 환불 승인, 정기권 해지 안내`,
};

/** A sentence said by the agent about the on-site payment. */
export function onsitePaymentDetail(amount: number): string {
  return `현장결제 ${won(amount)}원 발생 — 결제내역 사진 첨부 요청, 담당부서에 현장결제 취소 접수`;
}

/** The text sent when the operator confirms the registration. */
export function registrationSms(name: string, lotName: string, plate: string): string {
  return `[카카오 T 주차] ${name}님, ${lotName} 정기권 차량(${plate}) 등록이 완료되었습니다. 이용에 불편을 드려 죄송합니다.`;
}

/** The text sent with the compensation coupon. */
export function couponSms(name: string, amount: number): string {
  return `[카카오 T 주차] ${name}님, 정기권 이용에 불편을 드려 죄송합니다. Parking CS ${won(amount)}원 쿠폰이 발급되었습니다.`;
}

/** Why an operator turns down a registration that was never missing: the camera misread it. */
export const ALREADY_REGISTERED = '이미 정상 등록된 차량입니다. 출차부 LPR 오인식으로 확인되어 카메라 점검 요청했습니다.';
