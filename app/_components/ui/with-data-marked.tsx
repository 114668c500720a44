import type { ReactNode } from 'react';
import { dataLang } from '@/lib/i18n/data-lang';

/**
 * A sentence of ours with data values written into it (a lot's name in a gloss): each place a
 * Korean value stands is marked lang="ko", the rest stays in the sentence's language.
 */
export function withDataMarked(text: string, values: readonly string[]): ReactNode {
  const korean = values.filter((value) => dataLang(value));
  if (korean.length === 0) return text;
  const escaped = korean.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.split(new RegExp(`(${escaped.join('|')})`)).map((part, index) =>
    korean.includes(part) ? (
      <span key={index} lang="ko">
        {part}
      </span>
    ) : (
      part
    ),
  );
}
