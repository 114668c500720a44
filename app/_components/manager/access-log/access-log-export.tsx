'use client';

import { useTranslations } from 'next-intl';
import { DownloadButton } from '../../ui/download-button';

/** The CSV of the entries the page's filter finds, downloaded with its progress and outcome. */
export function AccessLogExport({ href }: { href: string }) {
  const t = useTranslations('accessLog.export');
  return (
    <DownloadButton href={href} doneMessage={t('done')} failedMessage={(message) => t('failed', { message })}>
      {t('label')}
    </DownloadButton>
  );
}
