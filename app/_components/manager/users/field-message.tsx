import styles from './users.module.css';

/** The ids and ARIA a control needs so its hint and its error are read with it. */
export function describedBy(base: string, { hint, error }: { hint?: boolean; error?: string }) {
  const ids = [hint && `${base}-hint`, error && `${base}-error`].filter(Boolean).join(' ');
  return { id: base, 'aria-invalid': error ? true : undefined, 'aria-describedby': ids || undefined };
}

/** A field's hint and, when it has one, its error; ids match describedBy's. */
export function FieldMessage({ base, hint, error }: { base: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <span id={`${base}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${base}-error`} className={styles.fieldError}>
          {error}
        </span>
      )}
    </>
  );
}
