'use client';

import { useTranslations } from 'next-intl';
import { STAFF_REASON_MAX } from '@/lib/domain/staff-reason';
import { ReasonDialog } from '../ui/reason-dialog';

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
      maxLength={STAFF_REASON_MAX}
      submitLabel={t('unlink')}
      onSubmit={onUnlink}
      onCancel={onCancel}
    />
  );
}
