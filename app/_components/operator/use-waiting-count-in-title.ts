'use client';

import { useEffect, useRef } from 'react';

/**
 * Puts the number of waiting requests in front of the tab's title, "(3) 내 주차장 · …", so a
 * page kept open in a background tab still shows that something waits. Restored on leaving.
 */
export function useWaitingCountInTitle(count: number | null): void {
  const base = useRef<string | null>(null);

  useEffect(() => {
    base.current ??= document.title.replace(/^\(\d+\) /, '');
    document.title = count ? `(${count}) ${base.current}` : base.current;
  }, [count]);

  useEffect(
    () => () => {
      if (base.current !== null) document.title = base.current;
    },
    [],
  );
}
