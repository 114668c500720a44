'use client';

import { useCallback, useId, useRef, useState } from 'react';
import { describedBy } from '../ui/field';

/**
 * A form's errors by field and what goes with them: the focus sent to a field the check or the
 * API refused, a field's error cleared as soon as it is edited, and each control's id, name and ARIA.
 */
export function useFieldErrors<Field extends string>() {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  // Stable, so an effect may focus a field when the form opens.
  const focusField = useCallback((field: Field) => {
    const control = formRef.current?.elements.namedItem(field);
    if (control instanceof HTMLElement) control.focus();
  }, []);

  function clear(...fields: Field[]) {
    if (!fields.some((field) => errors[field])) return;
    setErrors((current) => {
      const next = { ...current };
      for (const field of fields) delete next[field];
      return next;
    });
  }

  /** Shows these errors in place of the last ones, the focus on the first; says whether there was one. */
  function show(next: Partial<Record<Field, string>>): boolean {
    setErrors(next);
    const first = Object.keys(next)[0] as Field | undefined;
    if (first !== undefined) focusField(first);
    return first !== undefined;
  }

  const fieldId = (field: Field) => `${id}-${field}`;
  /** What a control of the field carries: its id, name, ARIA, and the edit that clears its error. */
  const control = (field: Field, { hint = false }: { hint?: boolean } = {}) => ({
    ...describedBy(fieldId(field), { hint, error: errors[field] }),
    name: field,
    onChange: () => clear(field),
  });

  return { id, formRef, errors, setErrors, show, focusField, clear, fieldId, control };
}
