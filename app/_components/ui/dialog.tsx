'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import styles from './dialog.module.css';

interface DialogProps {
  /** Shown as a modal while true; the parent owns the state. */
  open: boolean;
  /** The heading, which also names the dialog for screen readers and tests. */
  title: ReactNode;
  /** The explanation read out with the title; omit it where the body is a form. */
  message?: ReactNode;
  messageClassName?: string;
  /** Extra classes of the frame, for a dialog laid out differently (e.g. the command palette). */
  className?: string;
  /** Runs just before the dialog opens, e.g. to clear a form left from last time. */
  onOpen?: () => void;
  /** Esc, or any other way the browser closes the dialog while the parent still has it open. */
  onCancel: () => void;
  /** The rest of the body: usually DialogActions, or a form that ends with them. */
  children: ReactNode;
}

/**
 * The portal's modal frame: a native <dialog> opened with showModal, so focus goes to its first
 * control, stays inside, Esc cancels and the browser puts focus back where it was on close.
 */
export function Dialog({ open, title, message, messageClassName, className, onOpen, onCancel, children }: DialogProps) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);

  // Only `open` drives the effect: callbacks are new every render and must not reopen a dialog
  // the browser has just closed (Esc) before the parent's state catches up.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      onOpen?.();
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only `open` may drive it, as said above
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={className ? `${styles.dialog} ${className}` : styles.dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={message === undefined ? undefined : `${id}-message`}
      onClose={() => {
        if (open) onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {message !== undefined && (
        <div id={`${id}-message`} className={messageClassName}>
          {message}
        </div>
      )}
      {children}
    </dialog>
  );
}

interface DialogActionsProps {
  confirmLabel: ReactNode;
  /** Omit for a submit button, when the actions end a form. */
  onConfirm?: () => void;
  onCancel: () => void;
  /** While the answer is being sent: the confirm button says so and cannot be pressed twice. */
  pending?: boolean;
  disabled?: boolean;
  /** The confirm button's look; a danger style for what cannot be undone lightly. */
  confirmClassName?: string;
}

/** Cancel then the confirm button: cancel comes first, so showModal focuses the safe choice. */
export function DialogActions({
  confirmLabel,
  onConfirm,
  onCancel,
  pending,
  disabled,
  confirmClassName = 'button-primary',
}: DialogActionsProps) {
  const t = useTranslations('common');
  return (
    <div className={styles.dialogActions}>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t('cancel')}
      </button>
      <button
        type={onConfirm ? 'button' : 'submit'}
        className={`button ${confirmClassName}`}
        disabled={pending || disabled}
        aria-busy={pending || undefined}
        onClick={onConfirm}
      >
        {pending ? t('pending') : confirmLabel}
      </button>
    </div>
  );
}
