'use client';

import { useTranslations } from 'next-intl';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import type { AgentCaseQuery } from '@/graphql/generated/client/graphql';
import { apiErrorCode, useApiErrorMessage } from '../ui/api-error';
import { idempotencyContext, useIdempotencyKey } from '../ui/use-idempotency-key';

/** The case as the workspace query reads it. */
export type AgentCase = NonNullable<AgentCaseQuery['case']>;

interface CaseWorkspaceValue {
  kase: AgentCase;
  /** Fetches the case again; never throws (the page shows the last good copy). */
  refresh: () => Promise<void>;
  /** Another user changed the case first: the page shows the conflict banner. */
  reportConflict: () => void;
}

const CaseWorkspaceContext = createContext<CaseWorkspaceValue | null>(null);

/** Gives the steps of one case its data, a refresh and the conflict banner. */
export function CaseWorkspaceProvider({ value, children }: { value: CaseWorkspaceValue; children: ReactNode }) {
  return <CaseWorkspaceContext.Provider value={value}>{children}</CaseWorkspaceContext.Provider>;
}

/** The case on screen; only inside the workspace. */
export function useCaseWorkspace(): CaseWorkspaceValue {
  const value = useContext(CaseWorkspaceContext);
  if (!value) throw new Error('useCaseWorkspace outside CaseWorkspaceProvider');
  return value;
}

/** Beside the button that lost to another user's change; the banner at the top says why. */
export function useConflictHint(): string {
  return useTranslations('case.hints')('conflict');
}

/** Why the case's actions (all but verifying) are off now, or null when they are on. */
export function useCaseLock(): string | null {
  const t = useTranslations('case.hints');
  const { kase } = useCaseWorkspace();
  if (kase.status === 'RESOLVED') return t('resolved');
  if (!kase.identityVerified) return t('notVerified');
  return null;
}

/** An action's state: pending, its success sentence, or the server's reason it failed. */
export interface ActionState {
  pending: boolean;
  done: string | null;
  error: string | null;
}

/** The Apollo context a creating mutation sends: this action's Idempotency-Key. */
export type ActionContext = ReturnType<typeof idempotencyContext>;

/**
 * Runs one case write with the version on screen, then refreshes the case. A CONFLICT also
 * raises the page's banner; every failure shows the server's reason in the reader's language.
 * Creating writes pass on the action's context, whose Idempotency-Key makes a double click
 * write once.
 */
export function useCaseAction() {
  const { kase, refresh, reportConflict } = useCaseWorkspace();
  const [state, setState] = useState<ActionState>({ pending: false, done: null, error: null });
  const idempotency = useIdempotencyKey();
  const errorMessage = useApiErrorMessage();
  const conflictHint = useConflictHint();
  const version = kase.version;

  const run = useCallback(
    async (perform: (expectedVersion: number, context: ActionContext) => Promise<unknown>, success: string): Promise<boolean> => {
      const context = idempotencyContext(idempotency.begin());
      setState({ pending: true, done: null, error: null });
      try {
        await perform(version, context);
        idempotency.settle();
      } catch (caught) {
        idempotency.settle(caught);
        const error = caught instanceof Error ? caught : new Error(String(caught));
        const conflict = apiErrorCode(error) === 'CONFLICT';
        if (conflict) reportConflict();
        setState({ pending: false, done: null, error: conflict ? conflictHint : errorMessage(error) });
        return false;
      }
      await refresh();
      setState({ pending: false, done: success, error: null });
      return true;
    },
    [version, refresh, reportConflict, idempotency, errorMessage, conflictHint],
  );

  /** Shows a problem found before sending (e.g. an empty field) like a server's. */
  const fail = useCallback((message: string) => setState({ pending: false, done: null, error: message }), []);

  return { ...state, run, fail };
}
