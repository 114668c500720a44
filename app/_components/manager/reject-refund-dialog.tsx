'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

interface RejectRefundDialogProps {
  /** The case code of the refund being rejected; null keeps the dialog closed. */
  caseCode: string | null;
  pending: boolean;
  onReject: (reason: string) => void;
  onCancel: () => void;
}

/** Asks for the reason of a rejection (native dialog: focus stays inside, Esc cancels). */
export function RejectRefundDialog({ caseCode, pending, onReject, onCancel }: RejectRefundDialogProps) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const open = caseCode !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setReason('');
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed) onReject(trimmed);
  }

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        if (open) onCancel();
      }}
    >
      <h2 id={`${id}-title`}>환불 반려</h2>
      <form className="form" onSubmit={handleSubmit}>
        {caseCode && <p className="muted">상담 {caseCode}의 환불 제안을 반려합니다.</p>}
        <div className="field">
          <label htmlFor={`${id}-reason`}>반려 사유</label>
          <textarea
            id={`${id}-reason`}
            className="input textarea"
            name="reason"
            rows={3}
            maxLength={1000}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onCancel}>
            취소
          </button>
          <button type="submit" className="button button-primary" disabled={pending || !reason.trim()} aria-busy={pending || undefined}>
            {pending ? '처리 중…' : '반려하기'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
