'use client';

import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Dialog, DialogActions } from './dialog';
import { describedBy, Field } from './field';

interface ReasonDialogProps {
  open: boolean;
  title: string;
  /** Read with the title (the dialog's description). */
  message?: ReactNode;
  /** A line inside the form, above the reason (what is being refused). */
  lead?: ReactNode;
  reasonLabel: string;
  reasonHint?: string;
  /** The API's limit on the reason, in characters. */
  maxLength: number;
  submitLabel: string;
  pending?: boolean;
  /** Why the last try was refused; the reason stays typed so it can be sent again. */
  error?: string | null;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/**
 * Asks for the reason of a step others will read (a rejection, an undone link): a native dialog
 * (focus stays inside, Esc cancels), empty each time it opens, sending the trimmed reason.
 */
export function ReasonDialog({
  open,
  title,
  message,
  lead,
  reasonLabel,
  reasonHint,
  maxLength,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: ReasonDialogProps) {
  const id = useId();
  const [reason, setReason] = useState('');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed) onSubmit(trimmed);
  }

  const reasonId = `${id}-reason`;
  return (
    <Dialog open={open} title={title} message={message} onOpen={() => setReason('')} onCancel={onCancel}>
      <form className="form" onSubmit={handleSubmit}>
        {lead}
        <Field id={reasonId} label={reasonLabel} hint={reasonHint}>
          <textarea
            {...describedBy(reasonId, { hint: reasonHint !== undefined })}
            className="input textarea"
            name="reason"
            rows={3}
            maxLength={maxLength}
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
        <DialogActions confirmLabel={submitLabel} pending={pending} disabled={!reason.trim()} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
