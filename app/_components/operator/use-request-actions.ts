'use client';

import { useApolloClient } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import type { AcknowledgeExitMutation, AcknowledgeRegistrationMutation } from '@/graphql/generated/client/graphql';
import { apiErrorCode, useApiErrorMessage } from '../api-error';
import { notify, type ToastId } from '../ui/toast';
import {
  ACKNOWLEDGE_EXIT,
  ACKNOWLEDGE_REGISTRATION,
  CONFIRM_REGISTRATION,
  REJECT_REGISTRATION,
  type ExitRow,
  type RegistrationRow,
} from './queue-documents';

/** How a write ended, for callers (the reject dialog) that react to it themselves. */
export type ActionOutcome = { ok: true } | { ok: false; conflict: boolean; message: string };

interface RunOptions {
  /** The success sentence (a toast). */
  success: string;
  /** A pending toast the outcome replaces (optimistic actions, whose row already changed). */
  toastId?: ToastId;
  /** Failures other than a conflict are the caller's to show (the reject dialog shows them inline). */
  quietErrors?: boolean;
}

/**
 * The operator's four writes. Each marks its row pending, reports success or the server's
 * reason as a toast, and asks for the queues again; a CONFLICT (someone was quicker) says so.
 * The two acknowledgements are optimistic: the cached request takes its new status at once (an
 * exit leaves its queue, a registration shows its next buttons) and Apollo rolls that back if
 * the server refuses. Confirming and rejecting wait for the server: confirming texts the
 * customer, so the row stays, busy, until it is really done.
 */
export function useRequestActions(refresh: () => Promise<void>) {
  const client = useApolloClient();
  const t = useTranslations('operator.actions');
  const errorMessage = useApiErrorMessage();
  const [pending, setPending] = useState<ReadonlySet<string>>(() => new Set());

  const run = useCallback(
    async (key: string, perform: () => Promise<unknown>, { success, toastId, quietErrors = false }: RunOptions): Promise<ActionOutcome> => {
      setPending((keys) => new Set(keys).add(key));
      try {
        await perform();
        notify.success(success, toastId);
        return { ok: true };
      } catch (caught) {
        const error = caught instanceof Error ? caught : new Error(String(caught));
        const conflict = apiErrorCode(error) === 'CONFLICT';
        const message = conflict ? t('conflict') : errorMessage(error);
        if (conflict || !quietErrors) notify.error(message, toastId);
        return { ok: false, conflict, message };
      } finally {
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

  return {
    pending,
    acknowledgeExit: (row: ExitRow) => {
      // The row leaves at once, so the toast is what says the exit is still being recorded.
      const toastId = notify.pending(t('exitPending', { plate: row.plate }));
      const optimistic = { __typename: 'ExitRequest', id: row.id, status: 'ACKNOWLEDGED', acknowledgedAt: new Date().toISOString() };
      return run(
        `exit:${row.id}`,
        () =>
          client.mutate({
            mutation: ACKNOWLEDGE_EXIT,
            variables: { id: row.id },
            optimisticResponse: { acknowledgeExit: optimistic } as AcknowledgeExitMutation,
          }),
        { success: t('exitDone', { plate: row.plate }), toastId },
      );
    },
    acknowledgeRegistration: (row: RegistrationRow) => {
      const optimistic = { __typename: 'RegistrationRequest', id: row.id, status: 'ACKNOWLEDGED', acknowledgedAt: new Date().toISOString() };
      return run(
        `registration:${row.id}`,
        () =>
          client.mutate({
            mutation: ACKNOWLEDGE_REGISTRATION,
            variables: { id: row.id },
            optimisticResponse: { acknowledgeRegistration: optimistic } as AcknowledgeRegistrationMutation,
          }),
        { success: t('registrationAcknowledged', { plate: row.plate }) },
      );
    },
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
