import { useTranslations } from 'next-intl';
import type { MouseEvent, ReactNode } from 'react';
import styles from './action-button.module.css';

interface ActionButtonProps {
  pending: boolean;
  disabled?: boolean;
  onClick?: (event: MouseEvent<HTMLButtonElement>) => void;
  /** Focusable but not to be pressed for a moment (a queue row that just moved); the handler drops the press. */
  ariaDisabled?: boolean;
  type?: 'button' | 'submit';
  variant?: 'primary' | 'secondary';
  /** The button's accessible name where its text alone is ambiguous, e.g. one button per table row. */
  label?: string;
  small?: boolean;
  /** Names the action on the page (data-action), for the case page's next-action shortcut. */
  actionId?: string;
  children: ReactNode;
}

/** An action's button: disabled, busy and saying "처리 중…" while its request runs. */
export function ActionButton({
  pending,
  disabled,
  ariaDisabled,
  onClick,
  type = 'button',
  variant = 'primary',
  label,
  small,
  actionId,
  children,
}: ActionButtonProps) {
  const t = useTranslations('common');
  return (
    <button
      type={type}
      className={`button button-${variant}${small ? ' button-small' : ''}`}
      aria-label={label}
      disabled={pending || disabled}
      aria-busy={pending || undefined}
      aria-disabled={ariaDisabled || undefined}
      onClick={onClick}
      data-action={actionId}
    >
      {pending ? t('pending') : children}
    </button>
  );
}

/** Says why the step's actions are off (not verified yet, or the case is closed). */
export function LockHint({ reason }: { reason: string | null }) {
  if (!reason) return null;
  return <p className={styles.lockHint}>{reason}</p>;
}
