/**
 * An amount typed into a won field, as an integer: "12,000" and "12000₩" are 12000. The unit
 * the field may carry (원, ₩, W) and grouping are dropped; anything else is not an amount (null).
 */
export function parseWon(text: string): number | null {
  const digits = text.replace(/[,\s₩wW원]/g, '');
  if (digits === '') return null;
  const amount = Number(digits);
  return Number.isInteger(amount) ? amount : null;
}
