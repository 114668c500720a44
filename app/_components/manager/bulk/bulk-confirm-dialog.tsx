'use client';

import { useTranslations } from 'next-intl';
import { ConfirmDialog, type ConfirmAnswer } from '../../ui/confirm-dialog';
import styles from './bulk.module.css';
import { useBulkText, type BulkChange } from './bulk-text';

interface BulkConfirmDialogProps extends ConfirmAnswer {
  /** The change waiting for a yes; null keeps the dialog closed. */
  change: BulkChange | null;
  count: number;
}

/**
 * Says exactly how many cases change and how, before anything runs (native dialog: Esc cancels;
 * showModal focuses the first button, 취소: the safe default before changing many cases).
 */
export function BulkConfirmDialog({ change, count, ...answer }: BulkConfirmDialogProps) {
  const t = useTranslations('bulk.confirm');
  const text = useBulkText();
  const addingNote = change?.kind === 'ADD_NOTE';
  return (
    <ConfirmDialog
      open={change !== null}
      title={addingNote ? t('noteTitle') : t('reassignTitle')}
      messageClassName={styles.confirmBody}
      message={
        <>
          {change && <p className={styles.confirmSentence}>{text.change(change, count)}</p>}
          {change?.kind === 'ADD_NOTE' && <blockquote className={styles.notePreview}>{change.note}</blockquote>}
          <p className="muted">{t('batches')}</p>
        </>
      }
      confirmLabel={addingNote ? t('noteConfirm') : t('reassignConfirm')}
      {...answer}
    />
  );
}
