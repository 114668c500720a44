import { createTranslator } from 'next-intl';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';
import { MESSAGES } from './messages';
import type { Reason } from './reason';

export { isReasonCode, type Reason, type ReasonCode, type ReasonParams } from './reason';

// One translator per language: it keeps its parsed sentences, and refusals are hot paths.
const translators = new Map<Locale, ReturnType<typeof translatorOf>>();
const translatorOf = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: 'reasons' });

/** A reason's sentence in a language (Korean unless told), people's words kept as typed. */
export function renderReason(reason: Reason, locale: Locale | string | null | undefined = DEFAULT_LOCALE): string {
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE;
  let t = translators.get(language);
  if (!t) translators.set(language, (t = translatorOf(language)));
  return t.markup(reason.code, { ...reason.params, words: (chunks: string) => chunks });
}
