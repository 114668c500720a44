import { useLocale, useTranslations } from 'next-intl';
import { formatWonNumber } from './format';

/**
 * Amounts as the reader's language writes them ("3,000원" / "₩3,000"); dates and times stay
 * as in format.ts, the same KST wall clock in both languages.
 */
export function useFormat() {
  const t = useTranslations('common');
  const locale = useLocale();
  return {
    won: (amount: number) => t('won', { amount: formatWonNumber(amount, locale) }),
    count: (count: number) => t('count', { count }),
    people: (count: number) => t('people', { count }),
  };
}
