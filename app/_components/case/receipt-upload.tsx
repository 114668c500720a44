'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { describedBy, Field } from '../ui/field';
import { useCaseWorkspace, useConflictHint } from './case-workspace-context';
import { useReceiptErrorMessage } from './receipt-error-message';
import { ReceiptUploadError, uploadReceipt } from './upload-receipt';
import styles from './case.module.css';

const ACCEPT = 'image/jpeg,image/png,image/heic,application/pdf';

interface ReceiptUploadProps {
  onsitePaymentId: string;
  disabled: boolean;
  /** Called once the receipt is stored and the case refreshed (this form then goes away). */
  onUploaded: () => void;
}

/** The receipt photo of one on-site payment: choose a file, send it, see progress and the server's word. */
export function ReceiptUpload({ onsitePaymentId, disabled, onUploaded }: ReceiptUploadProps) {
  const t = useTranslations('case.receipt');
  const id = useId();
  const { kase, refresh, reportConflict } = useCaseWorkspace();
  const errorMessage = useReceiptErrorMessage();
  const conflictHint = useConflictHint();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pending = progress !== null;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const file = new FormData(formElement).get('file');
    if (!(file instanceof File) || file.size === 0) {
      setError(t('chooseFile'));
      return;
    }
    setProgress(0);
    setError(null);
    try {
      await uploadReceipt({ onsitePaymentId, expectedVersion: kase.version, file }, setProgress);
      formElement.reset();
      onUploaded();
      await refresh();
    } catch (caught) {
      const conflict = caught instanceof ReceiptUploadError && caught.code === 'CONFLICT';
      if (conflict) reportConflict();
      setError(conflict ? conflictHint : errorMessage(caught));
    } finally {
      setProgress(null);
    }
  }

  const fileId = `${id}-file`;
  return (
    <form className={styles.receiptUpload} onSubmit={handleSubmit}>
      <Field id={fileId} label={t('file')} hint={t('fileHint')}>
        <input
          {...describedBy(fileId, { hint: true })}
          className={`input ${styles.inputFile}`}
          name="file"
          type="file"
          accept={ACCEPT}
          data-action="attach-receipt"
          disabled={disabled || pending}
        />
      </Field>
      <button type="submit" className="button button-secondary" disabled={disabled || pending} aria-busy={pending || undefined}>
        {pending ? t('uploading') : t('upload')}
      </button>
      {pending && (
        <progress className={styles.uploadProgress} max={1} value={progress} aria-label={t('progress')}>
          {Math.round((progress ?? 0) * 100)}%
        </progress>
      )}
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
