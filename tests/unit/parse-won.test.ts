import { describe, expect, it } from 'vitest';
import { parseWon } from '@/app/_components/case/parse-won';

describe('an amount typed into a won field', () => {
  it.each([
    ['12000', 12000],
    ['12,000', 12000],
    ['12,000원', 12000],
    ['₩12,000', 12000],
    [' 3000 ', 3000],
    ['0', 0],
  ])('«%s» is %d won', (text, amount) => {
    expect(parseWon(text)).toBe(amount);
  });

  it.each(['', '   ', '12.5', 'abc', '1e3x'])('«%s» is not an amount', (text) => {
    expect(parseWon(text)).toBeNull();
  });
});
