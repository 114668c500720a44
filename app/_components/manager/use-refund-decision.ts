'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { DecideRefundMutation } from '@/graphql/generated/client/graphql';
import type { ActionOutcome } from '../ui/action-feedback';
import { useRefusal, type DecisionResult } from './queue-decision';
import { DECIDE_REFUND, REFUND_APPROVALS } from './refund-approval-queries';

export { REFUND_REJECT_REASON_MAX } from '@/lib/domain/refund';

/** The refund a decision is about. */
export interface RefundRef {
  id: string;
  code: string;
}

/**
 * Approves or rejects a proposed refund. The row leaves the queue at once (an optimistic update:
 * Apollo drops it from the cached queue); if the API refuses, Apollo throws the optimistic layer
 * away and the row is back where it was, with the reason beside it.
 */
export function useRefundDecision(refetch: () => void) {
  const t = useTranslations('refunds');
  const refusal = useRefusal(t('conflict'));
  const [decide] = useMutation(DECIDE_REFUND);
  const [deciding, setDeciding] = useState<RefundRef | null>(null);
  const [outcome, setOutcome] = useState<ActionOutcome>({ done: null, error: null });

  async function run(refund: RefundRef, approve: boolean, reason: string | null): Promise<DecisionResult> {
    setDeciding(refund);
    setOutcome({ done: null, error: null, progress: approve ? t('approving', { code: refund.code }) : null });
    try {
      await decide({
        variables: { id: refund.id, approve, reason },
        // The cache needs the type to file the answer under; the generated types leave it out.
        optimisticResponse: {
          decideRefund: {
            __typename: 'Refund',
            id: refund.id,
            status: approve ? 'APPROVED' : 'REJECTED',
            decidedAt: new Date().toISOString(),
            decisionReason: reason,
          },
        } as DecideRefundMutation,
        update: (cache) =>
          cache.updateQuery(
            { query: REFUND_APPROVALS },
            (queue) => queue && { ...queue, refundApprovals: queue.refundApprovals.filter((row) => row.id !== refund.id) },
          ),
      });
      setOutcome({ done: approve ? t('approved', { code: refund.code }) : t('rejected', { code: refund.code }), error: null });
      return { ok: true };
    } catch (caught) {
      const { conflict, message } = refusal(caught);
      // Someone else decided it: the queue is stale, and the fresh one no longer has the row.
      if (conflict) refetch();
      // A refused rejection keeps its dialog open with the reason typed, and says why there.
      const pageMessage = conflict ? message : approve ? t('approveFailed', { code: refund.code, message }) : null;
      setOutcome({ done: null, error: pageMessage });
      return { ok: false, conflict, message };
    } finally {
      setDeciding(null);
    }
  }

  return { run, deciding, outcome };
}
