'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense } from 'react';
import { loadSonner } from './toast';

// Fetched right after the page is up rather than with it (toast.ts says why); sonner replays
// the toasts asked for before it mounted.
const SonnerToaster = lazy(() => loadSonner().then((module) => ({ default: module.Toaster })));

/**
 * Where toasts appear: bottom right, above the page, read out politely (errors assertively)
 * by screen readers. One per document, in the root layout; components call notify (toast.ts).
 */
export function Toaster() {
  const t = useTranslations('common');
  return (
    <Suspense fallback={null}>
      <SonnerToaster
        position="bottom-right"
        closeButton
        duration={5_000}
        containerAriaLabel={t('notifications')}
        toastOptions={{ closeButtonAriaLabel: t('close') }}
        richColors
      />
    </Suspense>
  );
}
