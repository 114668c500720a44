'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Dialog } from '../ui/dialog';
import { RequiredReasonForm } from '../ui/required-reason-form';
import type { RegistrationRow } from './queue-documents';
import type { ActionOutcome } from './use-request-actions';

interface RejectDialogProps {
  /** The request being turned down; the dialog is open while there is one. */
  row: RegistrationRow | null;
  pending: boolean;
  onReject: (row: RegistrationRow, reason: string) => Promise<ActionOutcome>;
  onClose: () => void;
  /** After the dialog closed and the browser put focus back (on "반려", unless that row left). */
  onClosed?: () => void;
}

/** "반려": a modal asking why (the agent and the case timeline see the reason). */
export function RejectDialog({ row, pending, onReject, onClose, onClosed }: RejectDialogProps) {
  const t = useTranslations('operator.reject');
  const [failure, setFailure] = useState<string | null>(null);
  // The last request shown, so the text does not go blank while the dialog closes.
  const [shown, setShown] = useState<RegistrationRow | null>(row);
  if (row && row !== shown) setShown(row);

  // Runs after Dialog's own effect has closed the native dialog (a child's effects run first).
  const wasOpen = useRef(false);
  useEffect(() => {
    if (row) wasOpen.current = true;
    else if (wasOpen.current) {
      wasOpen.current = false;
      onClosed?.();
    }
  }, [row, onClosed]);

  async function reject(reason: string) {
    if (!row) return;
    setFailure(null);
    const outcome = await onReject(row, reason);
    // A conflict means the request is no longer this operator's to reject: the toast says so.
    if (outcome.ok || outcome.conflict) onClose();
    else setFailure(outcome.message);
  }

  return (
    <Dialog
      open={row !== null}
      title={t('title')}
      message={<p className="muted">{shown && t('message', { plate: shown.plate, lot: shown.lot.name })}</p>}
      onOpen={() => setFailure(null)}
      onCancel={onClose}
    >
      <RequiredReasonForm
        open={row !== null}
        messages="operator.reject"
        pending={pending}
        error={failure}
        onSubmit={(reason) => void reject(reason)}
        onCancel={onClose}
      />
    </Dialog>
  );
}
