'use client';

import type { ReactNode } from 'react';
import { Dialog, DialogActions } from './dialog';

/** What a confirmation reports: yes, or no (the cancel button, Esc). */
export interface ConfirmAnswer {
  onConfirm: () => void;
  onCancel: () => void;
}

interface ConfirmDialogProps extends ConfirmAnswer {
  open: boolean;
  title: string;
  /** A sentence (set as one paragraph) or the body's own paragraphs. */
  message: ReactNode;
  messageClassName?: string;
  confirmLabel: string;
  /** The confirm button's look, e.g. a danger style for what cannot be undone lightly. */
  confirmClassName?: string;
  /** While the answer is being sent: the confirm button says so and cannot be pressed twice. */
  pending?: boolean;
}

/** A modal question (native dialog: focus stays inside, Esc cancels). */
export function ConfirmDialog({ open, title, message, messageClassName, onCancel, ...actions }: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      title={title}
      message={typeof message === 'string' ? <p>{message}</p> : message}
      messageClassName={messageClassName}
      onCancel={onCancel}
    >
      <DialogActions onCancel={onCancel} {...actions} />
    </Dialog>
  );
}
