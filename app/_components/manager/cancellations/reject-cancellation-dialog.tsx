'use client';

import { useTranslations } from 'next-intl';
import { CANCELLATION_REJECT_REASON_MAX } from '@/lib/domain/payment-cancellation';
import { ReasonDialog } from '../../ui/reason-dialog';

interface RejectCancellationDialogProps {
  /** The cancellation being rejected; null keeps the dialog closed. */
  target: { code: string; amount: string } | null;
  pending: boolean;
  /** Why the last try was refused; the reason stays typed so it can be sent again. */
  error: string | null;
  onReject: (reason: string) => void;
  onCancel: () => void;
}

/** Asks why a cancellation is rejected. */
export function RejectCancellationDialog({ target, pending, error, onReject, onCancel }: RejectCancellationDialogProps) {
  const t = useTranslations('cancellations.rejectDialog');
  return (
    <ReasonDialog
      open={target !== null}
      title={t('title')}
      lead={target && <p className="muted">{t('body', target)}</p>}
      reasonLabel={t('reason')}
      reasonHint={t('reasonHint')}
      maxLength={CANCELLATION_REJECT_REASON_MAX}
      submitLabel={t('submit')}
      pending={pending}
      error={error}
      onSubmit={onReject}
      onCancel={onCancel}
    />
  );
}
