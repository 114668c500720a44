'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { formatInstant } from '../ui/format';
import { Dialog } from '../ui/dialog';
import { RequiredReasonForm } from '../ui/required-reason-form';

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
  const [sent, setSent] = useState(false);

  async function send(reason: string) {
    setSent(true);
    if (await onSend(reason)) onClose();
  }

  return (
    <Dialog
      open={open}
      title={t('title')}
      message={<p className="muted">{t('message', { at: handledAt ? formatInstant(handledAt) : '' })}</p>}
      onOpen={() => setSent(false)}
      onCancel={onClose}
    >
      <RequiredReasonForm
        open={open}
        messages="caseWait.repeat"
        pending={pending}
        error={sent ? error : null}
        onSubmit={(reason) => void send(reason)}
        onCancel={onClose}
      />
    </Dialog>
  );
}
