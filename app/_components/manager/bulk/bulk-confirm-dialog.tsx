'use client';

import { Dialog, DialogActions } from '../../ui/dialog';
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
  const addingNote = change?.kind === 'ADD_NOTE';
  return (
    <Dialog
      open={change !== null}
      title={addingNote ? '메모 일괄 추가' : '담당 상담사 일괄 변경'}
      messageClassName={styles.confirmBody}
      message={
        <>
          {change && <p className={styles.confirmSentence}>{describeChange(change, count)}</p>}
          {change?.kind === 'ADD_NOTE' && <blockquote className={styles.notePreview}>{change.note}</blockquote>}
          <p className="muted">
            200건씩 나누어 처리하고 각 상담의 기록에 남깁니다. 중간에 멈추면 남은 상담부터 이어서 진행할 수 있습니다.
          </p>
        </>
      }
      onCancel={onCancel}
    >
      {/* showModal focuses the first button, 취소: the safe default before changing many cases. */}
      <DialogActions confirmLabel={addingNote ? '메모 추가' : '변경하기'} onConfirm={onConfirm} onCancel={onCancel} />
    </Dialog>
  );
}
