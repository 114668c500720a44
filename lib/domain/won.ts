const WON = new Intl.NumberFormat('ko-KR');

/** An amount in won as Koreans write it: "3,000원". */
export function formatWon(amount: number): string {
  return `${WON.format(amount)}원`;
}
