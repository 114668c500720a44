/**
 * The outcome written when the caller could not be verified as the account holder. The guide
 * has no sentence for it (its step ① only asks "문의하신 카카오 T 계정 가입자 본인이십니까?");
 * this is ours, in the guide's tone: nothing was looked into or done for an unverified caller.
 */
export const IDENTITY_UNCONFIRMED_OUTCOME =
  '본인 확인 불가: 카카오 T 계정 가입자 본인 여부가 확인되지 않아 정기권 확인 및 후속 처리 없이 종결. 가입자 본인 명의로 다시 문의하시도록 안내.';
