import { createTranslator } from 'next-intl';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';
import { MESSAGES, type Messages } from './messages';

/** A sentence of ours by its catalog key (lib/i18n/messages/{ko,en}/reasons.json). */
export type ReasonCode = keyof Messages['reasons'];

/** The values a reason's sentence fills in: names, codes, amounts, dates, people's own words. */
export type ReasonParams = Readonly<Record<string, string | number>>;

/**
 * A refusal, a timeline entry or a notice as a code with parameters, so each reader gets it in
 * their own language. In a sentence, `<words>…</words>` wraps what a person typed: the pages
 * mark it as Korean (lang="ko") and keep it as written.
 */
export interface Reason {
  code: ReasonCode;
  params?: ReasonParams;
}

/** Whether a stored or received string names a sentence of the catalog. */
export function isReasonCode(value: unknown): value is ReasonCode {
  return typeof value === 'string' && Object.hasOwn(MESSAGES[DEFAULT_LOCALE].reasons, value);
}

/** A reason's sentence in a language (Korean unless told), people's words kept as typed. */
export function renderReason(reason: Reason, locale: Locale | string | null | undefined = DEFAULT_LOCALE): string {
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const t = createTranslator({ locale: language, messages: MESSAGES[language], namespace: 'reasons' });
  return t.markup(reason.code, { ...reason.params, words: (chunks: string) => chunks });
}
