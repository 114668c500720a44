'use client';

import { useTranslations } from 'next-intl';

/** Opens the browser's print dialog; the print stylesheet leaves this toolbar off the paper. */
export function PrintButton() {
  const t = useTranslations('print');
  return (
    <button type="button" className="button button-primary" onClick={() => window.print()}>
      {t('print')}
    </button>
  );
}
