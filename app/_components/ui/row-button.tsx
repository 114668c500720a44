import type { ReactNode } from 'react';

interface RowButtonProps {
  /** The accessible name with the row in it ("반려: C-0012"): a column of equal buttons is ambiguous otherwise. */
  label: string;
  variant?: 'primary' | 'secondary';
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

/** A table row's small button for a step that sends nothing yet (it opens a dialog or a form); see ActionButton for one that does. */
export function RowButton({ label, variant = 'secondary', disabled, onClick, children }: RowButtonProps) {
  return (
    <button type="button" className={`button button-${variant} button-small`} disabled={disabled} aria-label={label} onClick={onClick}>
      {children}
    </button>
  );
}
