import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPhoneNumbers, normalizeForMasking, redactPersonalData } from '@/lib/domain/masking';

// Issue 16, item 3: the masker missed these spellings of 홍길동순 / 010-3001-0210.
const NAME = '홍길동순';

describe('the free-text masker, spelling by spelling', () => {
  it.each([
    ['010 - 3001 - 0210', '***-****-0210'],
    ['(010)3001-0210', '***-****-0210'],
    ['010_3001_0210', '***-****-0210'],
    ['０１０３００１０２１０', '***-****-0210'],
    ['０１０－３００１－０２１０', '***-****-0210'],
    ['010/3001/0210', '***-****-0210'],
    ['공일공 3001 0210', '***-****-0210'],
    ['010\u200b3001\u200b0210', '***-****-0210'],
    ['010.3001.0210로 회신', '***-****-0210로 회신'],
    ['+82 10 3001 0210', '***-****-0210'],
    ['HP-01030010210', 'HP-***-****-0210'],
    ['Tel01030010210', 'Tel***-****-0210'],
    ['VOC-260401-000007 고객 010-3001-0210', 'VOC-260401-000007 고객 ***-****-0210'],
    ['홍-길-동-순 고객', '홍**순 고객'],
    ['홍\u200b길\u200b동\u200b순 고객', '홍**순 고객'],
    ['홍 길 동 순', '홍**순'],
    ['홍.길.동.순', '홍**순'],
    ['홍길동순 고객(010-3001-0210) 환불 반려', '홍**순 고객(***-****-0210) 환불 반려'],
  ])('%s → %s', (text, masked) => {
    expect(redactPersonalData(text, NAME)).toBe(masked);
  });

  it.each([
    ['결제 12,000원', '결제 12,000원'],
    ['2026-04-09 08:10 접수', '2026-04-09 08:10 접수'],
    ['12가3456 출차', '12가3456 출차'],
    ['123구4567', '123구4567'],
    ['이 사람 일 이 삼 사', '이 사람 일 이 삼 사'],
    ['VOC-260401-000007', 'VOC-260401-000007'],
    ['VOC-260401-0008', 'VOC-260401-0008'], // the beginning of a code, as the palette searches it
    ['12345678-1234-1234-1234-123456789012', '12345678-1234-1234-1234-123456789012'],
    ['id 550e8400-e29b-41d4-a716-446655440000', 'id 550e8400-e29b-41d4-a716-446655440000'],
  ])('leaves ordinary text alone: %s', (text, same) => {
    expect(redactPersonalData(text, NAME)).toBe(same);
  });

  it('normalizes full-width forms and drops invisible characters', () => {
    expect(normalizeForMasking('ＡＢ\u200d１\ufeff２')).toBe('AB12');
  });
});

// Any 11-digit mobile number, split into groups anyhow, glued with any separators people type,
// in full-width or not, with zero-width characters anywhere, inside any text without digits.
const SEPARATORS = [' ', '-', ' - ', '_', '.', '/', '(', ')', ') ', '·', '\u200b', '－', '  '];
const toFullWidth = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const phoneDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).map((rest) => `010${rest.join('')}`);
const spelling = fc
  .tuple(
    phoneDigits,
    fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 0, maxLength: 4 }),
    fc.array(fc.constantFrom(...SEPARATORS), { minLength: 4, maxLength: 4 }),
    fc.boolean(),
  )
  .map(([digits, cuts, seps, wide]) => {
    const points = [...new Set(cuts)].sort((a, b) => a - b);
    const groups: string[] = [];
    let from = 0;
    for (const at of [...points, 11]) {
      groups.push(digits.slice(from, at));
      from = at;
    }
    const spelled = groups.filter(Boolean).reduce((text, group, i) => (i === 0 ? group : `${text}${seps[i % seps.length]}${group}`), '');
    return { digits, spelled: wide ? toFullWidth(spelled) : spelled };
  });
const wordsWithoutDigits = fc.string({ maxLength: 12 }).map((s) => s.replace(/[\p{N}공영일이삼사오육륙칠팔구]/gu, ''));

describe('the free-text masker, any spelling', () => {
  it('no phone survives: neither the 11 digits nor the middle four before the last four', () => {
    fc.assert(
      fc.property(spelling, wordsWithoutDigits, wordsWithoutDigits, ({ digits, spelled }, before, after) => {
        const out = maskPhoneNumbers(`${before} ${spelled} ${after}`);
        const outDigits = out.replace(/\D/g, '');
        expect(outDigits).not.toContain(digits.slice(3));
        expect(out.replace(/[^0-9]/g, '')).not.toContain(digits.slice(-8));
      }),
      { numRuns: 500 },
    );
  });

  it('no name survives, with anything but letters between its letters', () => {
    const hangul = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(
        fc.array(hangul, { minLength: 2, maxLength: 4 }),
        fc.constantFrom('', ' ', '-', '.', '\u200b', '_', ' / '),
        (letters, between) => {
          const name = letters.join('');
          const out = redactPersonalData(`고객 ${letters.join(between)} 님`, name);
          expect(out.replace(/[^\p{L}]/gu, '')).not.toContain(name);
        },
      ),
      { numRuns: 500 },
    );
  });
});
