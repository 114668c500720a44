'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { waitingParts } from '../operator/waiting-time';

/** A span of seconds as staff say it: "3분 12초", "1시간 5분" (the operator's queue words it the same). */
export function useElapsed(): (seconds: number) => string {
  const t = useTranslations('operator.waiting');
  return useCallback(
    (seconds: number) => {
      const { unit, ...values } = waitingParts(seconds);
      return t(unit, values);
    },
    [t],
  );
}
