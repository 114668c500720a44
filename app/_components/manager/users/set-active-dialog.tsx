'use client';

import { Dialog, DialogActions } from '../../ui/dialog';
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
  const deactivating = user?.active ?? true;
  return (
    <Dialog
      open={user !== null}
      title={deactivating ? '계정을 비활성화할까요?' : '계정을 다시 활성화할까요?'}
      messageClassName={styles.dialogMessage}
      message={
        <>
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
        </>
      }
      onCancel={onCancel}
    >
      <DialogActions
        confirmLabel={deactivating ? '비활성화' : '다시 활성화'}
        confirmClassName={deactivating ? styles.dangerButton : 'button-primary'}
        pending={pending}
        onConfirm={onConfirm}
        onCancel={onCancel}
      />
    </Dialog>
  );
}
