'use client';

import { useApolloClient } from '@apollo/client/react';
import { graphql } from '@/graphql/generated/client';
import { formatInstant } from '../format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { OverdueBadges } from './overdue-badges';
import { EXIT_STATUS_LABEL, REQUEST_STATUS_TONE } from './case-labels';
import { useCaseAction, useCaseLock, useCaseWorkspace } from './case-workspace-context';
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
  const { kase } = useCaseWorkspace();
  const lock = useCaseLock();
  const client = useApolloClient();
  const action = useCaseAction();
  const waiting = kase.exitRequests.some((request) => request.status === 'REQUESTED');

  function request() {
    void action.run(
      (expectedVersion, context) => client.mutate({ mutation: REQUEST_EXIT, variables: { caseId: kase.id, expectedVersion }, context }),
      '현장 출차 요청을 보냈습니다. 약 5분 소요됩니다.',
    );
  }

  return (
    <div className="branch">
      <ScriptBlock
        lines={branchLines(guide, 'EXIT_REQUEST')}
        label={branchLabel(guide, 'EXIT_REQUEST')}
        lotName={kase.lot.name}
        recommended={recommended && kase.exitRequests.length === 0}
      />
      <div className="step-actions">
        <ActionButton pending={action.pending} disabled={Boolean(lock) || waiting} onClick={request} actionId="request-exit">
          현장 출차 요청
        </ActionButton>
        <span className="field-hint">현장 확인에 약 5분 소요</span>
      </div>
      <ActionFeedback state={action} />
      {kase.exitRequests.length > 0 && (
        <ul className="request-list" aria-label="출차 요청">
          {kase.exitRequests.map((exit) => (
            <li key={exit.id}>
              <span className="request-name">출차 요청</span>
              <span className={`badge ${REQUEST_STATUS_TONE[exit.status]}`}>{EXIT_STATUS_LABEL[exit.status]}</span>
              <OverdueBadges overdue={exit.overdue} escalatedAt={exit.escalatedAt} />
              <span className="muted">
                요청 {formatInstant(exit.requestedAt)}
                {exit.acknowledgedAt && ` · 처리 ${formatInstant(exit.acknowledgedAt)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
