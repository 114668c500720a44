'use client';

import type { TypedDocumentNode } from '@apollo/client';
import type { FormEvent } from 'react';
import { useCaseWrite, type CaseWriteInput, type CaseWriteVariables } from './use-case-write';

/**
 * A case form that sends one text (a note, an outcome, a first response): its submit handler
 * reads the field `name`, refuses it blank with `missing` before sending, sends it as `input`
 * says under the case's version and empties the form once the server has it.
 */
export function useCaseTextSubmit<TData, TVariables extends CaseWriteVariables>(
  mutation: TypedDocumentNode<TData, TVariables>,
  name: string,
  input: (text: string) => CaseWriteInput<NoInfer<TVariables>>,
  messages: { missing: string; done: string },
) {
  const { kase, lock, action, send } = useCaseWrite();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const text = String(new FormData(form).get(name) ?? '').trim();
    if (!text) return action.fail(messages.missing);
    void send(mutation, input(text), messages.done).then((ok) => ok && form.reset());
  }
  return { kase, lock, action, onSubmit };
}
