'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { Dialog, DialogActions } from '../ui/dialog';
import { describedBy, Field } from '../ui/field';

/** The API's limit on an unlink reason (graphql/resolvers/customer-history.ts). */
const REASON_MAX = 500;

/** Asks why a duplicate link is undone; the case counts again once it is. */
export function UnlinkDuplicateDialog({ open, onUnlink, onCancel }: { open: boolean; onUnlink: (reason: string) => void; onCancel: () => void }) {
  const id = useId();
  const t = useTranslations('customerHistory.duplicate');
  const [reason, setReason] = useState('');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed) onUnlink(trimmed);
  }

  const reasonId = `${id}-reason`;
  return (
    <Dialog open={open} title={t('unlinkTitle')} message={<p>{t('unlinkMessage')}</p>} onOpen={() => setReason('')} onCancel={onCancel}>
      <form className="form" onSubmit={handleSubmit}>
        <Field id={reasonId} label={t('reason')}>
          <textarea
            {...describedBy(reasonId, {})}
            className="input textarea"
            name="reason"
            rows={3}
            maxLength={REASON_MAX}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </Field>
        <DialogActions confirmLabel={t('unlink')} disabled={!reason.trim()} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
