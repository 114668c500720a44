'use client';

import { useTranslations } from 'next-intl';
import { ReasonDialog } from '../ui/reason-dialog';

/** The API's limit on an unlink reason (graphql/resolvers/customer-history.ts). */
const REASON_MAX = 500;

/** Asks why a duplicate link is undone; the case counts again once it is. */
export function UnlinkDuplicateDialog({
  open,
  onUnlink,
  onCancel,
}: {
  open: boolean;
  onUnlink: (reason: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('customerHistory.duplicate');
  return (
    <ReasonDialog
      open={open}
      title={t('unlinkTitle')}
      message={<p>{t('unlinkMessage')}</p>}
      reasonLabel={t('reason')}
      maxLength={REASON_MAX}
      submitLabel={t('unlink')}
      onSubmit={onUnlink}
      onCancel={onCancel}
    />
  );
}
