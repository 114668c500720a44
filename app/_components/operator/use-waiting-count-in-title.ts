'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

// The count this hook put in front of the title, in either language: "(3) ".
const COUNT_PREFIX = /^\(\d[\d,]*\) /;

/**
 * Puts the number of waiting requests in front of the tab's title, "(3) 요청 처리 · …", so a
 * page kept open in a background tab still shows that something waits. Restored on leaving.
 */
export function useWaitingCountInTitle(count: number | null): void {
  const t = useTranslations('operator.page');
  const base = useRef<string | null>(null);
  const written = useRef<string | null>(null);

  useEffect(() => {
    // A title this hook did not write is the page's own (first render, or the language changed).
    if (document.title !== written.current) base.current = document.title.replace(COUNT_PREFIX, '');
    const title = base.current ?? '';
    document.title = count ? t('titleWithCount', { count, title }) : title;
    written.current = document.title;
  }, [count, t]);

  useEffect(
    () => () => {
      if (base.current !== null) document.title = base.current;
    },
    [],
  );
}
