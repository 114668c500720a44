import { describe, expect, it } from 'vitest';
import { isLocale, pickLocale } from '@/lib/i18n/locales';

describe('which language a page speaks', () => {
  it.each([
    ['the account says English', 'en', 'ko', 'en'],
    ['the account says Korean, the browser English', 'ko', 'en', 'ko'],
    ['signed out, the browser chose English', null, 'en', 'en'],
    ['signed out, nothing chosen', null, undefined, 'ko'],
    ['a cookie with a language we do not speak', null, 'ja', 'ko'],
    ['an account value from elsewhere', 'fr', 'en', 'en'],
  ])('%s → %s', (_what, account, cookie, expected) => {
    expect(pickLocale(account, cookie)).toBe(expected);
  });

  it.each([
    ['ko', true],
    ['en', true],
    ['EN', false],
    ['', false],
    [undefined, false],
  ])('isLocale(%s) is %s', (value, expected) => {
    expect(isLocale(value)).toBe(expected);
  });
});
