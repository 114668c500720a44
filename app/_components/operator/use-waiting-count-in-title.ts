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
    const write = () => {
      // A title this hook did not write is the page's own (first render, or the language changed).
      if (document.title !== written.current) base.current = document.title.replace(COUNT_PREFIX, '');
      const title = base.current ?? '';
      const wanted = count ? t('titleWithCount', { count, title }) : title;
      if (document.title !== wanted) document.title = wanted;
      written.current = wanted;
    };
    write();
    // Next writes the page's metadata title when it streams in, which on a fresh load of the page
    // can come after this effect: the count goes back in front of whatever title arrives.
    const observer = new MutationObserver(write);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [count, t]);

  useEffect(
    () => () => {
      if (base.current !== null) document.title = base.current;
    },
    [],
  );
}
