'use client';

import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useCaseAction, useCaseLock, useCaseWorkspace } from './case-workspace-context';

/** What every case write takes from the page rather than from the form. */
export interface CaseWriteVariables {
  // The ID scalar's input type.
  caseId: string | number;
  expectedVersion?: number | null;
}

/** A case write's own variables: the page adds the case and its version. */
export type CaseWriteInput<TVariables> = Omit<TVariables, keyof CaseWriteVariables>;

/**
 * One action on the case on screen: the case, why its actions are off (`lock`), the action's
 * state, and `send`, which runs a mutation on this case at the version on screen. Only the
 * creating writes (`creating: true`) send the action's Idempotency-Key: the others are safe
 * to repeat and the server reads no key for them.
 */
export function useCaseWrite() {
  const { kase } = useCaseWorkspace();
  const lock = useCaseLock();
  const client = useApolloClient();
  const action = useCaseAction();
  const { run } = action;
  const caseId = kase.id;

  const send = useCallback(
    <TData, TVariables extends CaseWriteVariables>(
      mutation: TypedDocumentNode<TData, TVariables>,
      input: CaseWriteInput<NoInfer<TVariables>>,
      success: string,
      { creating = false }: { creating?: boolean } = {},
    ): Promise<boolean> =>
      run(
        (expectedVersion, context) =>
          client.mutate({
            mutation,
            // The generic Omit does not narrow back to TVariables; the keys it left out are the ones added here.
            variables: { ...input, caseId, expectedVersion } as unknown as TVariables,
            ...(creating ? { context } : {}),
          }),
        success,
      ),
    [run, client, caseId],
  );

  return { kase, lock, action, send };
}
