'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent } from 'react';
import { STAFF_REASON_MAX } from '@/lib/domain/staff-reason';
import { DialogActions } from './dialog';
import { describedBy, Field } from './field';
import dialogStyles from './dialog.module.css';

/** The catalogs that word a reason form: each has reason, hint ({max}), required and submit. */
type ReasonMessages = 'caseWait.repeat' | 'operator.reject';

interface RequiredReasonFormProps {
  /** The dialog around the form: the reason starts empty each time it opens. */
  open: boolean;
  messages: ReasonMessages;
  pending: boolean;
  /** The server's refusal of the last try; the reason stays typed so it can be sent again. */
  error: string | null;
  /** Called with the trimmed reason, never a blank one. */
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/**
 * The form inside a dialog that asks why (a repeated exit, a rejected registration): a blank
 * reason is refused in place with the focus back on the field, never sent.
 */
export function RequiredReasonForm(props: RequiredReasonFormProps) {
  const { open, error, pending } = props;
  const t = useTranslations(props.messages);
  const id = `${useId()}-reason`;
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  // Empty again each time the dialog opens (state adjusted while rendering, not in an effect).
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setReason('');
      setInvalid(null);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const text = reason.trim();
    if (!text) {
      setInvalid(t('required'));
      field.current?.focus();
      return;
    }
    props.onSubmit(text);
  }

  return (
    <form className={`form ${dialogStyles.dialogForm}`} noValidate onSubmit={submit}>
      <Field id={id} label={t('reason')} hint={t('hint', { max: STAFF_REASON_MAX })} error={invalid}>
        <textarea
          ref={field}
          className="input textarea"
          value={reason}
          maxLength={STAFF_REASON_MAX}
          required
          {...describedBy(id, { hint: true, error: invalid })}
          onChange={(event) => {
            setReason(event.target.value);
            if (invalid) setInvalid(null);
          }}
        />
      </Field>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      <DialogActions confirmLabel={t('submit')} onCancel={props.onCancel} pending={pending} />
    </form>
  );
}
