'use client';

import { useId, useState, type FormEvent } from 'react';
import { Dialog, DialogActions } from '../ui/dialog';

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
  const [reason, setReason] = useState('');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed) onReject(trimmed);
  }

  return (
    <Dialog open={caseCode !== null} title="환불 반려" onOpen={() => setReason('')} onCancel={onCancel}>
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
        <DialogActions confirmLabel="반려하기" pending={pending} disabled={!reason.trim()} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
