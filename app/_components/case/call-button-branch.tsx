'use client';

import { useApolloClient } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { graphql } from '@/graphql/generated/client';
import type { RecordGuidanceMutation } from '@/graphql/generated/client/graphql';
import { CALL_BUTTON_GUIDANCE } from '@/lib/domain/guidance-details';
import { formatInstant } from '../ui/format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { Badge } from '../ui/badge';
import { AGENT_CASE } from './case-queries';
import { GuideBranchScript } from './guide-branch-script';
import type { GuideStep } from './guide-steps';
import { useCaseWrite } from './use-case-write';
import styles from './case.module.css';

const RECORD_GUIDANCE = graphql(`
  mutation RecordGuidance($caseId: ID!, $step: GuideStepKey!, $detail: String!, $expectedVersion: Int) {
    recordGuidance(caseId: $caseId, step: $step, detail: $detail, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

/**
 * The lot has a call button: ask the customer to press it and say it is a pass car. Recording
 * it is shown at once (an optimistic timeline entry): it is a note that changes nothing else,
 * and Apollo takes it back if the server refuses.
 */
export function CallButtonBranch({ guide }: { guide: GuideStep | undefined }) {
  const t = useTranslations('case.exitCheck');
  // Not `send`: this write also files an optimistic timeline entry.
  const { kase, lock, action } = useCaseWrite();
  const client = useApolloClient();
  const guided = kase.timeline.find(
    (event) => event.type === 'EXIT_CALL_GUIDED' || (event.type === 'GUIDANCE_GIVEN' && event.detail === CALL_BUTTON_GUIDANCE),
  );

  function record() {
    void action.run(
      (expectedVersion) =>
        client.mutate({
          mutation: RECORD_GUIDANCE,
          variables: { caseId: kase.id, step: 'EXIT_CHECK', detail: CALL_BUTTON_GUIDANCE, expectedVersion },
          // __typename lets the cache file the answer under the case; codegen's types leave it out.
          optimisticResponse: { recordGuidance: { __typename: 'Case', id: kase.id, version: expectedVersion } } as RecordGuidanceMutation,
          update(cache) {
            const viewer = cache.readQuery({ query: AGENT_CASE, variables: { id: kase.id } })?.viewer;
            cache.modify({
              id: cache.identify({ __typename: 'Case', id: kase.id }),
              fields: {
                timeline: (events, { toReference }) => [
                  ...(Array.isArray(events) ? (events as unknown[]) : []),
                  {
                    __typename: 'CaseEvent',
                    at: new Date().toISOString(),
                    // What the server files for guidance at this step (lib/services/cases/record-guidance.ts).
                    type: 'EXIT_CALL_GUIDED',
                    detail: CALL_BUTTON_GUIDANCE,
                    // The catalog code comes with the server's answer; the page shows the detail meanwhile.
                    reason: null,
                    scriptStep: 'EXIT_CHECK',
                    actor: viewer ? toReference({ __typename: 'User', id: viewer.id }) : null,
                  },
                ],
              },
            });
          },
        }),
      t('callButtonRecorded'),
    );
  }

  return (
    <div className={styles.branch}>
      <GuideBranchScript step="EXIT_CHECK" guide={guide} branch="CALL_BUTTON" labelled recommended={!guided} />
      <div className={styles.stepActions}>
        <ActionButton pending={action.pending} disabled={Boolean(lock) || Boolean(guided)} onClick={record} actionId="guide-call-button">
          {t('recordCallButton')}
        </ActionButton>
        {guided && (
          <span className={styles.doneLine}>
            <Badge tone="success">{t('callButtonGuided')}</Badge>
            <span className="muted">{formatInstant(guided.at)}</span>
          </span>
        )}
      </div>
      <ActionFeedback state={action} />
    </div>
  );
}
