'use client';

import { useRef, useState, type FormEvent } from 'react';
import { DialogActions } from './dialog';
import { describedBy, Field } from './field';

interface RequiredReasonFormProps {
  /** The dialog around the form: the reason starts empty each time it opens. */
  open: boolean;
  id: string;
  label: string;
  hint: string;
  /** The API's limit on the reason, in characters. */
  maxLength: number;
  /** Said under the field when the reason is sent blank. */
  requiredMessage: string;
  submitLabel: string;
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
  const { open, id, maxLength, error, pending } = props;
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
      setInvalid(props.requiredMessage);
      field.current?.focus();
      return;
    }
    props.onSubmit(text);
  }

  return (
    <form className="form dialog-form" noValidate onSubmit={submit}>
      <Field id={id} label={props.label} hint={props.hint} error={invalid}>
        <textarea
          ref={field}
          className="input textarea"
          value={reason}
          maxLength={maxLength}
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
      <DialogActions confirmLabel={props.submitLabel} onCancel={props.onCancel} pending={pending} />
    </form>
  );
}
