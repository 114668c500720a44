import { useTranslations } from 'next-intl';
import { isReasonCode } from '@/lib/i18n/reason';

/**
 * A stored sentence: ours (a reason code) read from the catalogs in the reader's language, with
 * what a person typed inside it kept as written (lang="ko"); a person's own text as it is.
 */
export function ReasonText({ text, reason }: { text: string; reason: { code: string; params: string } | null | undefined }) {
  const t = useTranslations('reasons');
  if (!reason || !isReasonCode(reason.code)) return <span lang="ko">{text}</span>;
  const params = JSON.parse(reason.params) as Record<string, string | number>;
  return <span>{t.rich(reason.code, { ...params, words: (chunks) => <span lang="ko">{chunks}</span> })}</span>;
}
