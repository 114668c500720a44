/** The languages the portal speaks: Korean first, English for staff who do not read it. */
export const LOCALES = ['ko', 'en'] as const;

/** One of the portal's languages. */
export type Locale = (typeof LOCALES)[number];

/** What a page speaks when nobody has chosen: the portal's users and its script are Korean. */
export const DEFAULT_LOCALE: Locale = 'ko';

/**
 * The cookie that carries the choice before sign-in (the login page) and after sign-out; once
 * signed in, the account's own setting wins, so the choice follows the person, not the browser.
 */
export const LOCALE_COOKIE = 'portal-locale';

/** Whether a string names one of the portal's languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language to speak: the account's, else the cookie's, else Korean. */
export function pickLocale(accountLocale: string | null | undefined, cookieLocale: string | null | undefined): Locale {
  if (isLocale(accountLocale)) return accountLocale;
  if (isLocale(cookieLocale)) return cookieLocale;
  return DEFAULT_LOCALE;
}
