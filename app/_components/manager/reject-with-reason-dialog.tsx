'use client';

import { useTranslations } from 'next-intl';
import { ReasonDialog } from '../ui/reason-dialog';

/** The catalogs that word a manager's rejection: each has title, body, reason, reasonHint and submit. */
type RejectMessages = 'cancellations.rejectDialog' | 'refunds.dialog';

interface RejectWithReasonDialogProps {
  messages: RejectMessages;
  /** What is being rejected, as the body's words take it; null keeps the dialog closed. */
  target: { code: string; amount?: string } | null;
  /** The API's limit on the reason, in characters. */
  maxLength: number;
  pending: boolean;
  /** Why the last try was refused; the reason stays typed so it can be sent again. */
  error: string | null;
  onReject: (reason: string) => void;
  onCancel: () => void;
}

/** Asks why a row of a manager's queue (a refund, a payment cancellation) is rejected. */
export function RejectWithReasonDialog({ messages, target, maxLength, pending, error, onReject, onCancel }: RejectWithReasonDialogProps) {
  const t = useTranslations(messages);
  return (
    <ReasonDialog
      open={target !== null}
      title={t('title')}
      lead={target && <p className="muted">{t('body', target)}</p>}
      reasonLabel={t('reason')}
      reasonHint={t('reasonHint')}
      maxLength={maxLength}
      submitLabel={t('submit')}
      pending={pending}
      error={error}
      onSubmit={onReject}
      onCancel={onCancel}
    />
  );
}
