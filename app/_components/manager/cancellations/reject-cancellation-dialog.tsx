'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { CANCELLATION_REJECT_REASON_MAX } from '@/lib/domain/payment-cancellation';
import { Dialog, DialogActions } from '../../ui/dialog';
import { describedBy, Field } from '../../ui/field';

interface RejectCancellationDialogProps {
  /** The cancellation being rejected; null keeps the dialog closed. */
  target: { code: string; amount: string } | null;
  pending: boolean;
  /** Why the last try was refused; the reason stays typed so it can be sent again. */
  error: string | null;
  onReject: (reason: string) => void;
  onCancel: () => void;
}

/** Asks why a cancellation is rejected (native dialog: focus stays inside, Esc cancels). */
export function RejectCancellationDialog({ target, pending, error, onReject, onCancel }: RejectCancellationDialogProps) {
  const id = useId();
  const t = useTranslations('cancellations.rejectDialog');
  const [reason, setReason] = useState('');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed) onReject(trimmed);
  }

  const reasonId = `${id}-reason`;
  return (
    <Dialog open={target !== null} title={t('title')} onOpen={() => setReason('')} onCancel={onCancel}>
      <form className="form" onSubmit={handleSubmit}>
        {target && <p className="muted">{t('body', target)}</p>}
        <Field id={reasonId} label={t('reason')} hint={t('reasonHint')}>
          <textarea
            {...describedBy(reasonId, { hint: true })}
            className="input textarea"
            name="reason"
            rows={3}
            maxLength={CANCELLATION_REJECT_REASON_MAX}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </Field>
        {error && (
          <p className="alert" role="alert">
            {error}
          </p>
        )}
        <DialogActions confirmLabel={t('submit')} pending={pending} disabled={!reason.trim()} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
