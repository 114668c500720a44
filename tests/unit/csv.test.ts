import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, csvLine } from '@/lib/services/exports/csv';
import { kstMinute } from '@/lib/services/exports/case-rows';

describe('csvField', () => {
  it.each([
    ['plain Korean stays as it is', '김민수', '김민수'],
    ['a comma is quoted', '홍길동, 대리', '"홍길동, 대리"'],
    ['a quote is doubled and quoted', '그가 "네"라고', '"그가 ""네""라고"'],
    ['a line break is quoted', '첫 줄\n둘째 줄', '"첫 줄\n둘째 줄"'],
    ['csv: a formula with = gets an apostrophe', '=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['csv: a formula with + gets an apostrophe', '+82-10', "'+82-10"],
    ['csv: a formula with - gets an apostrophe', '-1+2', "'-1+2"],
    ['csv: a formula with @ gets an apostrophe', '@cmd', "'@cmd"],
    ['csv: a neutralised formula with a comma is still quoted', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['an empty string is an empty field', '', ''],
  ])('%s', (_rule, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    [3000, '3000'],
    [0, '0'],
    [-500, '-500'],
    [null, ''],
    [undefined, ''],
    [true, 'true'],
  ])('writes %s as %j (numbers are not formulas)', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('csvLine', () => {
  it('joins fields with commas and ends with CRLF', () => {
    expect(csvLine(['VOC-1', 'a,b', 3000, null])).toBe('VOC-1,"a,b",3000,\r\n');
  });

  it('the BOM is U+FEFF', () => {
    expect(CSV_BOM.charCodeAt(0)).toBe(0xfeff);
  });
});

describe('kstMinute', () => {
  it.each([
    ['2026-04-01T00:30:00Z', '2026-04-01 09:30'],
    ['2026-03-31T15:00:00Z', '2026-04-01 00:00'],
    ['2026-04-30T14:59:59Z', '2026-04-30 23:59'],
  ])('%s is %s in Seoul', (instant, expected) => {
    expect(kstMinute(new Date(instant))).toBe(expected);
  });
});
