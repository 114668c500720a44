'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ActionOutcome } from '../../ui/action-feedback';
import { useRefusal, type DecisionResult } from '../queue-decision';
import { COMPLETE_PAYMENT_CANCELLATION, REJECT_PAYMENT_CANCELLATION, TAKE_PAYMENT_CANCELLATION } from './cancellation-queries';

/** The cancellation a move is about, as the page names it. */
export interface CancellationRef {
  id: string;
  code: string;
}

export type CancellationMove = { kind: 'take' } | { kind: 'complete' } | { kind: 'reject'; reason: string };

/** Takes, completes or rejects a cancellation, then reloads the queue (its row moves or leaves). */
export function useCancellationMove(reload: () => void) {
  const t = useTranslations('cancellations');
  const refusal = useRefusal(t('conflict'));
  const [take] = useMutation(TAKE_PAYMENT_CANCELLATION);
  const [complete] = useMutation(COMPLETE_PAYMENT_CANCELLATION);
  const [reject] = useMutation(REJECT_PAYMENT_CANCELLATION);
  const [moving, setMoving] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ActionOutcome>({ done: null, error: null });

  async function run(item: CancellationRef, move: CancellationMove): Promise<DecisionResult> {
    setMoving(item.id);
    setOutcome({ done: null, error: null });
    try {
      if (move.kind === 'take') await take({ variables: { id: item.id } });
      else if (move.kind === 'complete') await complete({ variables: { id: item.id } });
      else await reject({ variables: { id: item.id, reason: move.reason } });
      const done =
        move.kind === 'take'
          ? t('taken', { code: item.code })
          : move.kind === 'complete'
            ? t('completed', { code: item.code })
            : t('rejected', { code: item.code });
      setOutcome({ done, error: null });
      reload();
      return { ok: true };
    } catch (caught) {
      // A CONFLICT: someone else moved it first, and the reloaded queue shows where it went.
      const { conflict, message } = refusal(caught);
      if (conflict) reload();
      setOutcome({ done: null, error: conflict ? message : t('failed', { code: item.code, message }) });
      return { ok: false, conflict, message };
    } finally {
      setMoving(null);
    }
  }

  return { run, moving, outcome };
}
