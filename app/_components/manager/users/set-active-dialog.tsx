'use client';

import { useEffect, useId, useRef } from 'react';
import type { StaffUser } from './filter-users';
import styles from './users.module.css';

interface SetActiveDialogProps {
  /** The account to switch; null keeps the dialog closed. */
  user: StaffUser | null;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before an account is deactivated or reactivated (native dialog: focus stays inside, Esc cancels). */
export function SetActiveDialog({ user, pending, onConfirm, onCancel }: SetActiveDialogProps) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const open = user !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const deactivating = user?.active ?? true;
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
      <h2 id={`${id}-title`}>{deactivating ? '계정을 비활성화할까요?' : '계정을 다시 활성화할까요?'}</h2>
      <div id={`${id}-message`} className={styles.dialogMessage}>
        {user && (
          <p>
            <strong>{user.name}</strong>
            <span className="cell-sub">{user.email}</span>
          </p>
        )}
        <p>
          {deactivating
            ? '이 계정으로는 더 이상 로그인할 수 없고, 지금 로그인되어 있는 화면도 다음 요청부터 동작하지 않습니다. 나중에 다시 활성화할 수 있습니다.'
            : '기존 비밀번호로 다시 로그인할 수 있게 됩니다.'}
        </p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          취소
        </button>
        <button
          type="button"
          className={`button ${deactivating ? styles.dangerButton : 'button-primary'}`}
          disabled={pending}
          aria-busy={pending || undefined}
          onClick={onConfirm}
        >
          {pending ? '처리 중…' : deactivating ? '비활성화' : '다시 활성화'}
        </button>
      </div>
    </dialog>
  );
}
