const COUNT = new Intl.NumberFormat('ko-KR');

/** The two targets, named as the API names them. */
export type TargetField = 'exitAckMinutes' | 'registrationConfirmMinutes';

/** The API's bounds (graphql/resolvers/administration.ts): a minute to 30 days. */
export const TARGET_MIN = 1;
export const TARGET_MAX = 30 * 24 * 60;

/** What each target is called on screen. */
export const TARGET_LABEL: Record<TargetField, string> = {
  exitAckMinutes: '출차 확인',
  registrationConfirmMinutes: '차량등록 완료',
};

/** A typed value as whole minutes, or the sentence saying why it is not one. */
export function parseMinutes(raw: string): { minutes: number } | { error: string } {
  const text = raw.trim();
  if (text === '') return { error: '분 단위로 입력해 주세요.' };
  if (!/^\d+$/.test(text)) return { error: '1 이상의 정수(분)로 입력해 주세요.' };
  const minutes = Number(text);
  if (minutes < TARGET_MIN) return { error: '1분 이상이어야 합니다.' };
  if (minutes > TARGET_MAX) return { error: `${COUNT.format(TARGET_MAX)}분(30일) 이하여야 합니다.` };
  return { minutes };
}

/** Minutes as a person reads them: 90 → "1시간 30분", 1440 → "1일", 5 → "5분". */
export function spanOfMinutes(total: number): string {
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const parts = [days && `${COUNT.format(days)}일`, hours && `${hours}시간`, minutes && `${minutes}분`].filter(Boolean);
  return parts.length ? parts.join(' ') : '0분';
}

/** A target as the table shows it: "1,440분 (1일)", or "5분" when the minutes say it all. */
export function formatTarget(minutes: number): string {
  const span = spanOfMinutes(minutes);
  const plain = `${COUNT.format(minutes)}분`;
  return span === plain ? plain : `${plain} (${span})`;
}
