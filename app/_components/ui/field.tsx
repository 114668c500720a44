import type { ReactNode } from 'react';

/** The ids and ARIA a control needs so its hint and its error are read with it. */
export function describedBy(base: string, { hint, error }: { hint?: boolean; error?: string | null }) {
  const ids = [hint && `${base}-hint`, error && `${base}-error`].filter(Boolean).join(' ');
  return { id: base, 'aria-invalid': error ? true : undefined, 'aria-describedby': ids || undefined };
}

/** A field's hint and, when it has one, its error; ids match describedBy's. */
export function FieldMessage({ base, hint, error }: { base: string; hint?: ReactNode; error?: string | null }) {
  return (
    <>
      {hint && (
        <span id={`${base}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${base}-error`} className="field-error">
          {error}
        </span>
      )}
    </>
  );
}

interface FieldProps {
  /** The control's id: the label points at it, and describedBy(id, …) gives the control its ARIA. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
  className?: string;
}

/**
 * A labelled form control with its hint and error below it. The control itself is the child,
 * spread with describedBy(id, { hint: Boolean(hint), error }) so all three are read together.
 */
export function Field({ id, label, hint, error, children, className }: FieldProps) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      <FieldMessage base={id} hint={hint} error={error} />
    </div>
  );
}
