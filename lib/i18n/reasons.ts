import { createTranslator } from 'next-intl';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';
import { MESSAGES } from './messages';
import type { Reason } from './reason';

export { isReasonCode, type Reason, type ReasonCode, type ReasonParams } from './reason';

/** A reason's sentence in a language (Korean unless told), people's words kept as typed. */
export function renderReason(reason: Reason, locale: Locale | string | null | undefined = DEFAULT_LOCALE): string {
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const t = createTranslator({ locale: language, messages: MESSAGES[language], namespace: 'reasons' });
  return t.markup(reason.code, { ...reason.params, words: (chunks: string) => chunks });
}
