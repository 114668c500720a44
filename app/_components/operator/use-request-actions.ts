'use client';

import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { apiErrorCode, apiErrorMessage } from '../api-error';
import {
  ACKNOWLEDGE_EXIT,
  ACKNOWLEDGE_REGISTRATION,
  CONFIRM_REGISTRATION,
  REJECT_REGISTRATION,
  type ExitRow,
  type RegistrationRow,
} from './queue-documents';

/** What the page says when someone else changed the request first. */
export const CONFLICT_MESSAGE = '다른 담당자가 먼저 처리했습니다.';
const SUCCESS_SHOWN_MS = 10_000;

/** The last action's outcome: a success sentence (status) or the reason it failed (alert). */
export interface ActionFeedbackState {
  done: string | null;
  error: string | null;
}

/** How a write ended, for callers (the reject dialog) that react to it themselves. */
export type ActionOutcome = { ok: true } | { ok: false; conflict: boolean; message: string };

/**
 * The operator's four writes. Each marks its row pending, reports success or the server's
 * Korean reason, and asks for the queues again; a CONFLICT (someone was quicker) says so.
 */
export function useRequestActions(refresh: () => Promise<void>) {
  const client = useApolloClient();
  const [pending, setPending] = useState<ReadonlySet<string>>(() => new Set());
  const [feedback, setFeedback] = useState<ActionFeedbackState>({ done: null, error: null });

  // A success line fades after a while; an error stays until the next action.
  useEffect(() => {
    if (!feedback.done) return;
    const timer = window.setTimeout(() => setFeedback((now) => (now.done === feedback.done ? { done: null, error: null } : now)), SUCCESS_SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [feedback.done]);

  const run = useCallback(
    async (key: string, perform: () => Promise<unknown>, success: string, quietErrors = false): Promise<ActionOutcome> => {
      setPending((keys) => new Set(keys).add(key));
      setFeedback({ done: null, error: null });
      try {
        await perform();
        setFeedback({ done: success, error: null });
        return { ok: true };
      } catch (caught) {
        const error = caught instanceof Error ? caught : new Error(String(caught));
        const conflict = apiErrorCode(error) === 'CONFLICT';
        const message = conflict ? CONFLICT_MESSAGE : apiErrorMessage(error);
        if (conflict || !quietErrors) setFeedback({ done: null, error: message });
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
    [refresh],
  );

  return {
    pending,
    feedback,
    dismiss: () => setFeedback({ done: null, error: null }),
    acknowledgeExit: (row: ExitRow) =>
      run(
        `exit:${row.id}`,
        () => client.mutate({ mutation: ACKNOWLEDGE_EXIT, variables: { id: row.id } }),
        `${row.plate} 출차 처리를 완료했습니다.`,
      ),
    acknowledgeRegistration: (row: RegistrationRow) =>
      run(
        `registration:${row.id}`,
        () => client.mutate({ mutation: ACKNOWLEDGE_REGISTRATION, variables: { id: row.id } }),
        `${row.plate} 차량등록 요청을 확인했습니다. 등록을 마치면 “등록 완료”를 눌러 주세요.`,
      ),
    confirmRegistration: (row: RegistrationRow) =>
      run(
        `registration:${row.id}`,
        () => client.mutate({ mutation: CONFIRM_REGISTRATION, variables: { id: row.id } }),
        `${row.plate} 등록 완료 처리했습니다. 고객에게 안내 문자가 발송됩니다.`,
      ),
    /** Errors other than a conflict stay in the dialog, which shows them itself. */
    rejectRegistration: (row: RegistrationRow, reason: string) =>
      run(
        `registration:${row.id}`,
        () => client.mutate({ mutation: REJECT_REGISTRATION, variables: { id: row.id, reason } }),
        `${row.plate} 차량등록 요청을 반려했습니다.`,
        true,
      ),
  };
}
