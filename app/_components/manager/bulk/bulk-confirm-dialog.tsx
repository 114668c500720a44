'use client';

import { useEffect, useId, useRef } from 'react';
import styles from './bulk.module.css';
import { describeChange, type BulkChange } from './bulk-text';

interface BulkConfirmDialogProps {
  /** The change waiting for a yes; null keeps the dialog closed. */
  change: BulkChange | null;
  count: number;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Says exactly how many cases change and how, before anything runs (native dialog: Esc cancels). */
export function BulkConfirmDialog({ change, count, onConfirm, onCancel }: BulkConfirmDialogProps) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const open = change !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onClose={() => {
        if (open) onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{change?.kind === 'ADD_NOTE' ? '메모 일괄 추가' : '담당 상담사 일괄 변경'}</h2>
      <div id={`${id}-message`} className={styles.confirmBody}>
        {change && <p className={styles.confirmSentence}>{describeChange(change, count)}</p>}
        {change?.kind === 'ADD_NOTE' && <blockquote className={styles.notePreview}>{change.note}</blockquote>}
        <p className="muted">
          200건씩 나누어 처리하고 각 상담의 기록에 남깁니다. 중간에 멈추면 남은 상담부터 이어서 진행할 수 있습니다.
        </p>
      </div>
      {/* showModal focuses the first button, 취소: the safe default before changing many cases. */}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          취소
        </button>
        <button type="button" className="button button-primary" onClick={onConfirm}>
          {change?.kind === 'ADD_NOTE' ? '메모 추가' : '변경하기'}
        </button>
      </div>
    </dialog>
  );
}
