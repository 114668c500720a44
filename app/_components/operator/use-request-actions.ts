'use client';

import { useApolloClient } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useCallback, useRef, useState } from 'react';
import { UNDO_OFFER_SECONDS } from '@/lib/domain/acknowledgement-undo';
import { apiErrorCode, useApiErrorMessage } from '../ui/api-error';
import { notify, type ToastId } from '../ui/toast';
import {
  ACKNOWLEDGE_EXIT,
  ACKNOWLEDGE_REGISTRATION,
  CONFIRM_REGISTRATION,
  REJECT_REGISTRATION,
  UNDO_ACKNOWLEDGE_EXIT,
  UNDO_ACKNOWLEDGE_REGISTRATION,
  type ExitRow,
  type RegistrationRow,
} from './queue-documents';

/** How a write ended, for callers (the reject dialog) that react to it themselves. */
export type ActionOutcome = { ok: true } | { ok: false; conflict: boolean; message: string };

interface RunOptions {
  /** The success sentence (a toast), or what to show instead (the undo offer). */
  success: string | (() => void);
  /** A pending toast the outcome replaces (optimistic actions, whose row already changed). */
  toastId?: ToastId;
  /** Failures other than a conflict are the caller's to show (the reject dialog shows them inline). */
  quietErrors?: boolean;
  /** A conflict says the server's reason (an undo too late), not "someone else was quicker". */
  ownConflictReason?: boolean;
}

/**
 * The operator's writes, each bound to its request's id (never to a row's place). Each marks
 * its request pending, reports success or the server's reason as a toast, and asks for the
 * queues again; a CONFLICT (someone was quicker) says so. A request with a write on the way
 * takes no second one: the check is synchronous, so even two presses in one frame send one.
 * The two acknowledgements are optimistic (an exit leaves its queue, a registration shows its
 * next buttons; Apollo rolls that back if the server refuses) and their toast offers
 * 되돌리기 for 5 s. Confirming and rejecting wait for the server: confirming texts the customer.
 */
export function useRequestActions(refresh: () => Promise<void>) {
  const client = useApolloClient();
  const t = useTranslations('operator.actions');
  const errorMessage = useApiErrorMessage();
  const [pending, setPending] = useState<ReadonlySet<string>>(() => new Set());
  const inFlight = useRef(new Set<string>());

  const run = useCallback(
    async (key: string, perform: () => Promise<unknown>, options: RunOptions): Promise<ActionOutcome> => {
      const { success, toastId, quietErrors = false, ownConflictReason = false } = options;
      if (inFlight.current.has(key)) return { ok: false, conflict: false, message: t('busy') };
      inFlight.current.add(key);
      setPending((keys) => new Set(keys).add(key));
      try {
        await perform();
        if (typeof success === 'string') notify.success(success, toastId);
        else success();
        return { ok: true };
      } catch (caught) {
        const error = caught instanceof Error ? caught : new Error(String(caught));
        const conflict = apiErrorCode(error) === 'CONFLICT';
        const message = conflict && !ownConflictReason ? t('conflict') : errorMessage(error);
        if (conflict || !quietErrors) notify.error(message, toastId);
        return { ok: false, conflict, message };
      } finally {
        inFlight.current.delete(key);
        setPending((keys) => {
          const next = new Set(keys);
          next.delete(key);
          return next;
        });
        // Success or not, the queue on screen may be behind the database now.
        void refresh();
      }
    },
    [refresh, t, errorMessage],
  );

  /** 되돌리기: the request goes back to REQUESTED and its row returns; the server has the last word on the window. */
  const undo = (kind: 'exit' | 'registration', row: ExitRow | RegistrationRow) =>
    run(
      `${kind}:${row.id}`,
      () => client.mutate({ mutation: kind === 'exit' ? UNDO_ACKNOWLEDGE_EXIT : UNDO_ACKNOWLEDGE_REGISTRATION, variables: { id: row.id } }),
      { success: t(kind === 'exit' ? 'exitUndone' : 'registrationUndone', { plate: row.plate }), ownConflictReason: true },
    );
  const offerUndo = (kind: 'exit' | 'registration', row: ExitRow | RegistrationRow, message: string, toastId?: ToastId) => () =>
    notify.undoable(message, { label: t('undo'), seconds: UNDO_OFFER_SECONDS, onClick: () => void undo(kind, row) }, toastId);

  // The acknowledgement's answer is known before the server gives it, so the row changes at
  // once; the __typename lets Apollo find the cached row it stands for.
  const acknowledge = (kind: 'exit' | 'registration', id: string) => {
    const acknowledged = { id, status: 'ACKNOWLEDGED' as const, acknowledgedAt: new Date().toISOString() };
    if (kind === 'exit') {
      const acknowledgeExit = { __typename: 'ExitRequest' as const, ...acknowledged };
      return client.mutate({ mutation: ACKNOWLEDGE_EXIT, variables: { id }, optimisticResponse: { acknowledgeExit } });
    }
    const acknowledgeRegistration = { __typename: 'RegistrationRequest' as const, ...acknowledged };
    return client.mutate({ mutation: ACKNOWLEDGE_REGISTRATION, variables: { id }, optimisticResponse: { acknowledgeRegistration } });
  };

  return {
    pending,
    acknowledgeExit: (row: ExitRow) => {
      if (inFlight.current.has(`exit:${row.id}`)) return Promise.resolve<ActionOutcome>({ ok: false, conflict: false, message: t('busy') });
      // The row leaves at once, so the toast is what says the exit is still being recorded.
      const toastId = notify.pending(t('exitPending', { plate: row.plate }));
      return run(`exit:${row.id}`, () => acknowledge('exit', row.id), {
        success: offerUndo('exit', row, t('exitDone', { plate: row.plate }), toastId),
        toastId,
      });
    },
    acknowledgeRegistration: (row: RegistrationRow) =>
      run(`registration:${row.id}`, () => acknowledge('registration', row.id), {
        success: offerUndo('registration', row, t('registrationAcknowledged', { plate: row.plate })),
      }),
    confirmRegistration: (row: RegistrationRow) =>
      run(`registration:${row.id}`, () => client.mutate({ mutation: CONFIRM_REGISTRATION, variables: { id: row.id } }), {
        success: t('confirmed', { plate: row.plate }),
      }),
    /** Errors other than a conflict stay in the dialog, which shows them itself. */
    rejectRegistration: (row: RegistrationRow, reason: string) =>
      run(`registration:${row.id}`, () => client.mutate({ mutation: REJECT_REGISTRATION, variables: { id: row.id, reason } }), {
        success: t('rejected', { plate: row.plate }),
        quietErrors: true,
      }),
  };
}
