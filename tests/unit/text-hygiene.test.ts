import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointLabel,
  findHiddenCharacter,
  hiddenCharacterReason,
  stripHiddenCharacters,
  type HiddenCharacter,
} from '@/lib/domain/text-hygiene';
import { reasonOfMessage } from '@/graphql/input-reason';
import { multiLineText, singleLineText } from '@/graphql/validate';
import { renderReason } from '@/lib/i18n/reasons';

const hiddenCharacterSentence = (found: HiddenCharacter) => renderReason(hiddenCharacterReason(found));

// Every character the rule takes out, one of each family.
const UNWANTED = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\u000b',
  '\f',
  '\u001b',
  '\u007f',
  '\u0080',
  '\u0085',
  '\u009b',
  '\u009f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\u2063',
  '\ufeff',
  '\u2028',
  '\u2029',
];

// What people do write and must keep.
const KEPT = [
  '김민수',
  '홍길동순 고객님, 안녕하세요',
  'ㅎㅎ ㅋㅋ ㅠㅠ ㄱㄴㄷ',
  '\u1112\u1161\u11ab\u1100\u1173\u11af', // 한글 in conjoining jamo
  '\u115f\u1161', // a choseong filler, as old Hangul is written
  '12가3456',
  "O'Brien & Co. <주>",
  '👍🏽 감사합니다 ☺️',
  '👨‍👩‍👧‍👦', // a family: four people joined by U+200D
  '🏳️‍🌈', // flag + VS16 + ZWJ + rainbow
  '👩🏽‍💻', // skin tone + ZWJ + laptop
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿', // Scotland: a tag sequence
  'ﷺ𒐫 é ñ ß',
];

describe('text hygiene: what single-line text may not carry', () => {
  it.each(UNWANTED.map((c) => [codePointLabel(c.codePointAt(0) ?? 0), c]))('%s is found, with its place', (_label, c) => {
    expect(findHiddenCharacter(`가나${c}다`)).toMatchObject({ position: 3, codePoint: c.codePointAt(0) });
  });

  it.each([['\n'], ['\r'], ['\t']])('%j is refused in one line but allowed over several', (c) => {
    expect(findHiddenCharacter(`a${c}b`)).not.toBeNull();
    expect(findHiddenCharacter(`a${c === '\r' ? '\n' : c}b`, { multiLine: true })).toBeNull();
  });

  it.each(KEPT.map((s) => [s]))('%s passes', (text) => {
    expect(findHiddenCharacter(text)).toBeNull();
    expect(stripHiddenCharacters(text)).toBe(text);
  });

  it('the text-direction override of issue 16 and an ANSI colour are named', () => {
    expect(hiddenCharacterSentence(findHiddenCharacter('홍길동\u202e4567')!)).toBe(
      '글자 방향을 바꾸는 문자(U+202E)는 입력할 수 없습니다 (4번째 글자).',
    );
    expect(hiddenCharacterSentence(findHiddenCharacter('\u001b[31m빨강')!)).toBe('제어 문자(U+001B)는 입력할 수 없습니다 (1번째 글자).');
  });

  it('a ZWJ that joins no emoji (a name split by it) is found', () => {
    expect(findHiddenCharacter('홍\u200d길동')).toMatchObject({ codePoint: 0x200d, position: 2 });
    expect(findHiddenCharacter('👍\u200d')).toMatchObject({ codePoint: 0x200d });
    expect(findHiddenCharacter('\u200d👍')).toMatchObject({ codePoint: 0x200d });
  });

  it('a position counts characters, not UTF-16 halves', () => {
    expect(findHiddenCharacter('🚗🚗\u202e')).toMatchObject({ position: 3 });
  });
});

describe('text hygiene: multi-line text is stripped', () => {
  it.each([
    ['ESC[31m red', '\u001b[31m빨강\u001b[0m', '[31m빨강[0m'],
    ['an override', '메모\u202e입니다', '메모입니다'],
    ['zero-width in a name', '홍\u200b길\u200c동\ufeff', '홍길동'],
    ['CR LF and CR', '첫 줄\r\n둘째 줄\r셋째', '첫 줄\n둘째 줄\n셋째'],
    ['tabs and LF kept', '가\t나\n다', '가\t나\n다'],
    ['the family emoji kept', '👨‍👩‍👧 가족\u200b', '👨‍👩‍👧 가족'],
  ])('%s', (_name, input, expected) => {
    expect(stripHiddenCharacters(input)).toBe(expected);
  });

  it('law: stripped text has nothing left to find, and stripping twice changes nothing', () => {
    const piece = fc.oneof(
      fc.constantFrom(...UNWANTED, ...KEPT, '\n', '\r', '\t'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')),
        (text) => {
          const stripped = stripHiddenCharacters(text);
          expect(findHiddenCharacter(stripped, { multiLine: true })).toBeNull();
          expect(stripHiddenCharacters(stripped)).toBe(stripped);
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);

  it('law: Hangul (syllables, jamo) and emoji never change', () => {
    const hangul = fc.oneof(
      fc.integer({ min: 0xac00, max: 0xd7a3 }),
      fc.integer({ min: 0x1100, max: 0x11ff }),
      fc.integer({ min: 0x3131, max: 0x318e }),
      fc.integer({ min: 0xa960, max: 0xa97c }),
      fc.integer({ min: 0xd7b0, max: 0xd7fb }),
    );
    const text = fc
      .array(
        fc.oneof(
          hangul.map((c) => String.fromCodePoint(c)),
          fc.constantFrom(...KEPT),
          fc.constant(' '),
        ),
        { maxLength: 20 },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(findHiddenCharacter(t)).toBeNull();
        expect(stripHiddenCharacters(t)).toBe(t);
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});

describe('text hygiene at the edge: the zod helpers', () => {
  it('singleLineText refuses, naming the character', () => {
    const result = singleLineText(100).safeParse('정비\u202e사');
    expect(result.success).toBe(false);
    expect(reasonOfMessage(result.error?.issues[0]?.message ?? '')).toMatchObject({
      code: 'hiddenCharacter',
      params: { codePoint: 'U+202E' },
    });
    expect(singleLineText(100).safeParse('  한빛파킹 👍  ').data).toBe('한빛파킹 👍');
    expect(singleLineText(100).safeParse('두 줄\n이름').success).toBe(false);
  });

  it('multiLineText strips, then trims and measures', () => {
    expect(multiLineText(10).parse('\u200b 메모\u001b[1m \r\n다음 ')).toBe('메모[1m \n다음');
    expect(multiLineText(10).safeParse('\u200b\u202e').success).toBe(false);
    expect(multiLineText(3).safeParse('가\u200b\u200b\u200b나다').data).toBe('가나다');
  });

  it("multiLineText with hidden: 'refuse' keeps line breaks and refuses the rest", () => {
    expect(multiLineText(100, { hidden: 'refuse' }).parse('사유:\n차단기 고장')).toBe('사유:\n차단기 고장');
    expect(multiLineText(100, { hidden: 'refuse' }).safeParse('사유\u202e').success).toBe(false);
  });
});
