'use client';

import { useApolloClient } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { graphql } from '@/graphql/generated/client';
import { formatInstant } from '../format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { RequestStatusBadge } from '../ui/status-badges';
import { OverdueBadges } from './overdue-badges';
import { useCaseAction, useCaseLock, useCaseWorkspace, type AgentCase } from './case-workspace-context';
import { ScriptBlock } from './guide-script-block';
import { branchLabel, branchLines, type GuideStep } from './guide-steps';

const REQUEST_EXIT = graphql(`
  mutation RequestExit($caseId: ID!, $expectedVersion: Int) {
    requestExit(caseId: $caseId, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`);

/** No call button: ask the lot to open the barrier (현장 주차장 OB 출차요청) and follow its status. */
export function ExitRequestPanel({ guide, recommended }: { guide: GuideStep | undefined; recommended: boolean }) {
  const t = useTranslations('case.exitRequest');
  const { kase } = useCaseWorkspace();
  const lock = useCaseLock();
  const client = useApolloClient();
  const action = useCaseAction();
  const waiting = kase.exitRequests.some((request) => request.status === 'REQUESTED');

  function request() {
    void action.run(
      (expectedVersion, context) => client.mutate({ mutation: REQUEST_EXIT, variables: { caseId: kase.id, expectedVersion }, context }),
      t('sent'),
    );
  }

  return (
    <div className="branch">
      <ScriptBlock
        step="EXIT_CHECK"
        branch="EXIT_REQUEST"
        lines={branchLines(guide, 'EXIT_REQUEST')}
        label={branchLabel(guide, 'EXIT_REQUEST')}
        lotName={kase.lot.name}
        recommended={recommended && kase.exitRequests.length === 0}
      />
      <div className="step-actions">
        <ActionButton pending={action.pending} disabled={Boolean(lock) || waiting} onClick={request} actionId="request-exit">
          {t('send')}
        </ActionButton>
        <span className="field-hint">{t('hint')}</span>
      </div>
      <ActionFeedback state={action} />
      {kase.exitRequests.length > 0 && <ExitRequestList requests={kase.exitRequests} />}
    </div>
  );
}

/** The case's exit requests: status, late or escalated, when asked and when the barrier opened. */
export function ExitRequestList({ requests }: { requests: AgentCase['exitRequests'] }) {
  const t = useTranslations('case.exitRequest');
  return (
    <ul className="request-list" aria-label={t('listLabel')}>
      {requests.map((exit) => (
        <li key={exit.id}>
          <span className="request-name">{t('name')}</span>
          <RequestStatusBadge status={exit.status} request="exit" />
          <OverdueBadges overdue={exit.overdue} escalatedAt={exit.escalatedAt} />
          <span className="muted">
            {t('requestedAt', { at: formatInstant(exit.requestedAt) })}
            {exit.acknowledgedAt && t('acknowledgedAt', { at: formatInstant(exit.acknowledgedAt) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
