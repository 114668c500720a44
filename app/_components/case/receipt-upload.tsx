'use client';

import { useId, useState, type FormEvent } from 'react';
import { CONFLICT_HINT, useCaseWorkspace } from './case-workspace-context';
import { ReceiptUploadError, uploadReceipt } from './upload-receipt';

const ACCEPT = 'image/jpeg,image/png,image/heic,application/pdf';

interface ReceiptUploadProps {
  onsitePaymentId: string;
  disabled: boolean;
  /** Called once the receipt is stored and the case refreshed (this form then goes away). */
  onUploaded: () => void;
}

/** The receipt photo of one on-site payment: choose a file, send it, see progress and the server's word. */
export function ReceiptUpload({ onsitePaymentId, disabled, onUploaded }: ReceiptUploadProps) {
  const id = useId();
  const { kase, refresh, reportConflict } = useCaseWorkspace();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pending = progress !== null;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const file = new FormData(formElement).get('file');
    if (!(file instanceof File) || file.size === 0) {
      setError('영수증 파일을 선택해 주세요.');
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
      setError(conflict ? CONFLICT_HINT : caught instanceof Error ? caught.message : String(caught));
    } finally {
      setProgress(null);
    }
  }

  return (
    <form className="receipt-upload" onSubmit={handleSubmit}>
      <div className="field">
        <label htmlFor={`${id}-file`}>영수증 파일</label>
        <input
          id={`${id}-file`}
          className="input input-file"
          name="file"
          type="file"
          accept={ACCEPT}
          data-action="attach-receipt"
          disabled={disabled || pending}
          aria-describedby={`${id}-hint`}
        />
        <span id={`${id}-hint`} className="field-hint">
          JPEG, PNG, HEIC 사진 또는 PDF
        </span>
      </div>
      <button type="submit" className="button button-secondary" disabled={disabled || pending}>
        {pending ? '올리는 중…' : '영수증 올리기'}
      </button>
      {pending && (
        <progress className="upload-progress" max={1} value={progress} aria-label="영수증 올리는 중">
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
