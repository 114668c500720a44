'use client';

import type { FormEvent } from 'react';
import { useCaseAction } from './case-workspace-context';

/**
 * A case form that sends one text (a note, an outcome, a first response): its submit handler
 * reads the field `name`, refuses it blank with `missing` before sending, sends it under the
 * case's version and empties the form once the server has it.
 */
export function useCaseTextSubmit(
  name: string,
  messages: { missing: string; done: string },
  send: (text: string, expectedVersion: number) => Promise<unknown>,
) {
  const action = useCaseAction();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const text = String(new FormData(form).get(name) ?? '').trim();
    if (!text) return action.fail(messages.missing);
    void action.run((expectedVersion) => send(text, expectedVersion), messages.done).then((ok) => ok && form.reset());
  }
  return { action, onSubmit };
}
