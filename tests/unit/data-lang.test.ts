import { describe, expect, it } from 'vitest';
import { dataLang } from '@/lib/i18n/data-lang';

describe('dataLang: a data value is marked Korean only when it is written in Korean', () => {
  it.each([
    ['한빛파킹 강남역 제1주차장', 'ko'],
    ['28허4648', 'ko'],
    ['최*호', 'ko'],
    ['E2E Agent', undefined],
    ['', undefined],
    [null, undefined],
  ] as const)('%s → %s', (value, lang) => {
    expect(dataLang(value)).toBe(lang);
  });
});
