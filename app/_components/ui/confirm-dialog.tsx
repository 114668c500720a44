'use client';

import { Dialog, DialogActions } from './dialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question (native dialog: focus stays inside, Esc cancels). */
export function ConfirmDialog({ open, title, message, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog open={open} title={title} message={<p>{message}</p>} onCancel={onCancel}>
      <DialogActions confirmLabel={confirmLabel} onConfirm={onConfirm} onCancel={onCancel} />
    </Dialog>
  );
}
