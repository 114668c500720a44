'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { formatInstant } from '../ui/format';
import { Dialog, DialogActions } from '../ui/dialog';
import { describedBy, Field } from '../ui/field';
import dialogStyles from '../ui/dialog.module.css';

/** exit_requests.reason holds 1–500 characters (the database checks it too). */
const REASON_MAX = 500;
const REASON_ID = 'repeat-exit-reason';

interface RepeatExitDialogProps {
  open: boolean;
  /** When the lot handled the last exit request. */
  handledAt: string | null;
  pending: boolean;
  /** The server's refusal, shown inside the dialog while it is open. */
  error: string | null;
  /** Sends the request with the reason; true when it went out. */
  onSend: (reason: string) => Promise<boolean>;
  onClose: () => void;
}

/**
 * The lot already let this car out once: sending the staff out again is unusual, so the agent
 * confirms it and says why (the case record keeps the reason; the operator never sees it).
 */
export function RepeatExitDialog({ open, handledAt, pending, error, onSend, onClose }: RepeatExitDialogProps) {
  const t = useTranslations('caseWait.repeat');
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const text = reason.trim();
    if (!text) {
      setInvalid(t('required'));
      field.current?.focus();
      return;
    }
    setSent(true);
    if (await onSend(text)) onClose();
  }

  return (
    <Dialog
      open={open}
      title={t('title')}
      message={<p className="muted">{t('message', { at: handledAt ? formatInstant(handledAt) : '' })}</p>}
      onOpen={() => {
        setReason('');
        setInvalid(null);
        setSent(false);
      }}
      onCancel={onClose}
    >
      <form className={`form ${dialogStyles.dialogForm}`} noValidate onSubmit={(event) => void submit(event)}>
        <Field id={REASON_ID} label={t('reason')} hint={t('hint', { max: REASON_MAX })} error={invalid}>
          <textarea
            ref={field}
            className="input textarea"
            value={reason}
            maxLength={REASON_MAX}
            required
            {...describedBy(REASON_ID, { hint: true, error: invalid })}
            onChange={(event) => {
              setReason(event.target.value);
              if (invalid) setInvalid(null);
            }}
          />
        </Field>
        {sent && error && (
          <p className="alert" role="alert">
            {error}
          </p>
        )}
        <DialogActions confirmLabel={t('submit')} onCancel={onClose} pending={pending} />
      </form>
    </Dialog>
  );
}
