import { formatWon } from './won';

const SIGNATURE = '[카카오 T 주차]';

/** The text a customer gets when the operator has registered the pass's plate. */
export function registrationConfirmedSms(input: { lotName: string; plate: string; caseCode: string }): string {
  return `${SIGNATURE} 정기권 차량 등록이 완료되었습니다. 주차장: ${input.lotName}, 차량번호: ${input.plate}. 이용에 불편을 드려 죄송합니다. (상담번호 ${input.caseCode})`;
}

/** The text a customer gets with a compensation coupon. */
export function couponIssuedSms(input: { amount: number; caseCode: string }): string {
  return `${SIGNATURE} 정기권 이용 불편에 사과드리며 Parking CS ${formatWon(input.amount)} 쿠폰을 지급했습니다. 카카오 T 앱 쿠폰함에서 확인해 주세요. (상담번호 ${input.caseCode})`;
}

/** The text a customer gets when the cancellation of an on-site payment was filed. */
export function paymentCancellationSms(input: { amount: number; caseCode: string }): string {
  return `${SIGNATURE} 현장결제 ${formatWon(input.amount)}의 취소 접수가 완료되었습니다. 처리 결과는 확인되는 대로 안내드리겠습니다. (상담번호 ${input.caseCode})`;
}

/**
 * The text a customer gets when the operator could not register the pass's plate (domain.md):
 * the case code only, never the operator's reason, which is for the agent.
 */
export function registrationRejectedSms(input: { caseCode: string }): string {
  return `${SIGNATURE} 요청하신 정기권 차량 등록을 주차장에서 확인하지 못했습니다. 상담사가 확인 후 다시 안내드리겠습니다. (상담번호 ${input.caseCode})`;
}

/** The text a customer gets when the payments team has cancelled the on-site payment. */
export function paymentCancellationCompletedSms(input: { amount: number; caseCode: string }): string {
  return `${SIGNATURE} 현장결제 ${formatWon(input.amount)}의 취소가 완료되었습니다. 결제하신 수단으로 취소 금액이 반영됩니다. 이용에 불편을 드려 죄송합니다. (상담번호 ${input.caseCode})`;
}

/**
 * The text a customer gets when the cancellation could not be made. The manager's reason stays
 * inside (like an operator's rejection): the agent calls back with the result.
 */
export function paymentCancellationRejectedSms(input: { amount: number; caseCode: string }): string {
  return `${SIGNATURE} 현장결제 ${formatWon(input.amount)}의 취소 요청을 처리하지 못했습니다. 상담사가 확인 후 다시 안내드리겠습니다. (상담번호 ${input.caseCode})`;
}
