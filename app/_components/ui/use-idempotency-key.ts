'use client';

import { CombinedGraphQLErrors } from '@apollo/client';
import { useMemo, useRef } from 'react';

/** Apollo's per-request context that sends an Idempotency-Key header with one mutation. */
export function idempotencyContext(key: string): { headers: Record<string, string> } {
  return { headers: { 'Idempotency-Key': key } };
}

// crypto.randomUUID exists only in secure contexts; a demo over plain http on a LAN has none.
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One Idempotency-Key per user action, so a double click or a retry never writes twice.
 * `begin()` gives the key of the action in progress: a second submit before the first answer
 * gets the same key and the server does the work once. `settle(error?)` ends the action once
 * the server has answered (success or refusal: the next action is a new one). After a network
 * failure there was no answer and the write may have happened, so the key is kept and trying
 * again returns the first result instead of a second one.
 */
export function useIdempotencyKey(): { begin: () => string; settle: (error?: unknown) => void } {
  const current = useRef<string | null>(null);
  return useMemo(
    () => ({
      begin: () => (current.current ??= newKey()),
      settle: (error?: unknown) => {
        if (error === undefined || CombinedGraphQLErrors.is(error)) current.current = null;
      },
    }),
    [],
  );
}
