'use client';

import { useState } from 'react';
import { apiErrorCode, useApiErrorMessage } from '../ui/api-error';

/** How a decision on a queue's row ended: done, or refused (and why); a conflict means someone else decided first. */
export type DecisionResult = { ok: true } | { ok: false; conflict: boolean; message: string };

/** Reads a refused decision: someone else's earlier one (CONFLICT, said as `conflictMessage`) or the API's reason. */
export function useRefusal(conflictMessage: string): (caught: unknown) => { conflict: boolean; message: string } {
  const errorMessage = useApiErrorMessage();
  return (caught) => {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    const conflict = apiErrorCode(error) === 'CONFLICT';
    return { conflict, message: conflict ? conflictMessage : errorMessage(error) };
  };
}

/**
 * A rejection waiting for its reason: the row it is about (null: the dialog is closed) and the
 * API's refusal of the last try. A refused reason keeps the dialog open to send again; done, or
 * decided by someone else first, closes it.
 */
export function useRejection<Target>(send: (target: Target, reason: string) => Promise<DecisionResult>) {
  const [target, setTarget] = useState<Target | null>(null);
  const [error, setError] = useState<string | null>(null);

  function open(next: Target) {
    setError(null);
    setTarget(next);
  }

  async function submit(reason: string) {
    if (!target) return;
    setError(null);
    const result = await send(target, reason);
    if (result.ok || result.conflict) setTarget(null);
    else setError(result.message);
  }

  return { target, error, open, close: () => setTarget(null), submit };
}
