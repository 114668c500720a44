'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ActionButton } from '../ui/action-button';
import type { RegistrationRow } from './queue-documents';
import type { ActionOutcome } from './use-request-actions';

const REASON_MAX = 500;

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
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (row && !dialog.open) {
      setReason('');
      setError(null);
      dialog.showModal();
    }
    if (!row && dialog.open) {
      dialog.close();
      onClosed?.();
    }
  }, [row, onClosed]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!row || pending) return;
    const text = reason.trim();
    if (!text) {
      setError('반려 사유를 입력해 주세요.');
      return;
    }
    const outcome = await onReject(row, text);
    // A conflict means the request is no longer this operator's to reject: the page says so.
    if (outcome.ok || outcome.conflict) onClose();
    else setError(outcome.message);
  }

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="reject-dialog-title"
      aria-describedby="reject-dialog-message"
      onClose={() => {
        if (row) onClose();
      }}
    >
      <form className="form dialog-form" noValidate onSubmit={(event) => void submit(event)}>
        <div>
          <h2 id="reject-dialog-title">차량등록 요청 반려</h2>
          <p id="reject-dialog-message" className="muted">
            {row && `${row.plate} · ${row.lot.name}`} 요청을 반려합니다. 반려 사유는 상담사에게 전달됩니다.
          </p>
        </div>
        <div className="field">
          <label htmlFor="reject-reason">반려 사유</label>
          <textarea
            id="reject-reason"
            className="input textarea"
            value={reason}
            maxLength={REASON_MAX}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'reject-reason-hint reject-error' : 'reject-reason-hint'}
            onChange={(event) => {
              setReason(event.target.value);
              if (error) setError(null);
            }}
          />
          <span id="reject-reason-hint" className="field-hint">
            예: 이미 등록된 차량입니다. (최대 {REASON_MAX}자)
          </span>
        </div>
        {error && (
          <p id="reject-error" className="alert" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            취소
          </button>
          <ActionButton type="submit" pending={pending}>
            반려하기
          </ActionButton>
        </div>
      </form>
    </dialog>
  );
}
