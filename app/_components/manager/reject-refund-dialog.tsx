'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { Dialog, DialogActions } from '../ui/dialog';
import { describedBy, Field } from '../ui/field';

/** The API's limit on a rejection's reason (graphql/resolvers/administration.ts). */
const REASON_MAX = 500;

interface RejectRefundDialogProps {
  /** The case code of the refund being rejected; null keeps the dialog closed. */
  caseCode: string | null;
  pending: boolean;
  /** Why the last try was refused; the reason stays typed so it can be sent again. */
  error: string | null;
  onReject: (reason: string) => void;
  onCancel: () => void;
}

/** Asks for the reason of a rejection (native dialog: focus stays inside, Esc cancels). */
export function RejectRefundDialog({ caseCode, pending, error, onReject, onCancel }: RejectRefundDialogProps) {
  const id = useId();
  const t = useTranslations('refunds.dialog');
  const [reason, setReason] = useState('');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed) onReject(trimmed);
  }

  const reasonId = `${id}-reason`;
  return (
    <Dialog open={caseCode !== null} title={t('title')} onOpen={() => setReason('')} onCancel={onCancel}>
      <form className="form" onSubmit={handleSubmit}>
        {caseCode && <p className="muted">{t('body', { code: caseCode })}</p>}
        <Field id={reasonId} label={t('reason')} hint={t('reasonHint')}>
          <textarea
            {...describedBy(reasonId, { hint: true })}
            className="input textarea"
            name="reason"
            rows={3}
            maxLength={REASON_MAX}
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
