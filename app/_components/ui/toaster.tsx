'use client';

import { Toaster as SonnerToaster } from 'sonner';
import { useTranslations } from 'next-intl';

/**
 * Where toasts appear: bottom right, above the page, read out politely (errors assertively)
 * by screen readers. One per document, in the root layout; components call notify (toast.ts).
 */
export function Toaster() {
  const t = useTranslations('common');
  return (
    <SonnerToaster
      position="bottom-right"
      closeButton
      duration={5_000}
      containerAriaLabel={t('notifications')}
      toastOptions={{ closeButtonAriaLabel: t('close') }}
      richColors
    />
  );
}
