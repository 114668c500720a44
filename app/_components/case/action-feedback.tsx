import type { ReactNode } from 'react';

interface ActionButtonProps {
  pending: boolean;
  disabled?: boolean;
  onClick?: () => void;
  type?: 'button' | 'submit';
  variant?: 'primary' | 'secondary';
  children: ReactNode;
}

/** A case action's button: disabled and "처리 중…" while its request runs. */
export function ActionButton({ pending, disabled, onClick, type = 'button', variant = 'primary', children }: ActionButtonProps) {
  return (
    <button
      type={type}
      className={`button button-${variant}`}
      disabled={pending || disabled}
      aria-busy={pending || undefined}
      onClick={onClick}
    >
      {pending ? '처리 중…' : children}
    </button>
  );
}

/** Says why the step's actions are off (not verified yet, or the case is closed). */
export function LockHint({ reason }: { reason: string | null }) {
  if (!reason) return null;
  return <p className="lock-hint">{reason}</p>;
}
