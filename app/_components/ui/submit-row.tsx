import type { ComponentProps } from 'react';
import { ActionButton } from './action-button';

/** A form's closing row: its submit button, busy while the form's request runs. */
export function SubmitRow(props: Omit<ComponentProps<typeof ActionButton>, 'type' | 'onClick'>) {
  return (
    <div className="form-actions">
      <ActionButton {...props} type="submit" />
    </div>
  );
}
