'use client';

import { useTranslations } from 'next-intl';
import { ConfirmDialog, type ConfirmAnswer } from '../../ui/confirm-dialog';
import type { StaffUser } from './filter-users';
import styles from './users.module.css';
import { DataText } from '../../ui/data-text';

interface SetActiveDialogProps extends ConfirmAnswer {
  /** The account to switch; null keeps the dialog closed. */
  user: StaffUser | null;
  pending: boolean;
}

/** Asks before an account is deactivated or reactivated (native dialog: focus stays inside, Esc cancels). */
export function SetActiveDialog({ user, pending, ...answer }: SetActiveDialogProps) {
  const t = useTranslations('users.dialog');
  const deactivating = user?.active ?? true;
  return (
    <ConfirmDialog
      open={user !== null}
      title={deactivating ? t('deactivateTitle') : t('reactivateTitle')}
      messageClassName={styles.dialogMessage}
      message={
        <>
          {user && (
            <p>
              <strong>
                <DataText>{user.name}</DataText>
              </strong>
              <span className="cell-sub">{user.email}</span>
            </p>
          )}
          <p>{deactivating ? t('deactivateBody') : t('reactivateBody')}</p>
        </>
      }
      confirmLabel={deactivating ? t('deactivate') : t('reactivate')}
      confirmClassName={deactivating ? styles.dangerButton : 'button-primary'}
      pending={pending}
      {...answer}
    />
  );
}
