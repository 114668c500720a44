'use client';

import { useApolloClient } from '@apollo/client/react';
import { graphql } from '@/graphql/generated/client';
import { formatInstant } from '../format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { REGISTRATION_STATUS_LABEL, REQUEST_STATUS_TONE } from './case-labels';
import { useCaseAction, useCaseLock, useCaseWorkspace } from './case-workspace-context';
import { ScriptBlock } from './guide-script-block';
import { branchLines, type GuideStep } from './guide-steps';
import { OverdueBadges } from './overdue-badges';

const REQUEST_REGISTRATION = graphql(`
  mutation RequestRegistration($caseId: ID!, $expectedVersion: Int) {
    requestRegistration(caseId: $caseId, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`);

/** In every case: ask the operator to check and register the pass's plate. */
export function RegistrationPanel({ guide }: { guide: GuideStep | undefined }) {
  const { kase } = useCaseWorkspace();
  const lock = useCaseLock();
  const client = useApolloClient();
  const action = useCaseAction();
  // A new request makes sense only when there is none yet or the last one was rejected.
  const open = kase.registrationRequests.some((request) => request.status !== 'REJECTED');

  function request() {
    void action.run(
      (expectedVersion, context) =>
        client.mutate({ mutation: REQUEST_REGISTRATION, variables: { caseId: kase.id, expectedVersion }, context }),
      '운영사에 정기권 등록을 요청했습니다.',
    );
  }

  return (
    <div className="branch">
      <ScriptBlock lines={branchLines(guide, 'REGISTRATION')} lotName={kase.lot.name} recommended={!open} />
      <div className="step-actions">
        <ActionButton pending={action.pending} disabled={Boolean(lock) || open} onClick={request} actionId="request-registration">
          정기권 등록 요청
        </ActionButton>
        <span className="field-hint">
          현재 정기권 차량 등록:{' '}
          <span className={`badge ${kase.pass.registered ? 'badge-success' : 'badge-danger'}`}>
            {kase.pass.registered ? '등록됨' : '미등록'}
          </span>
        </span>
      </div>
      <ActionFeedback state={action} />
      {kase.registrationRequests.length > 0 && (
        <ul className="request-list" aria-label="정기권 등록 요청">
          {kase.registrationRequests.map((registration) => (
            <li key={registration.id}>
              <span className="request-name">등록 요청</span>
              <span className={`badge ${REQUEST_STATUS_TONE[registration.status]}`}>
                {REGISTRATION_STATUS_LABEL[registration.status]}
              </span>
              <OverdueBadges overdue={registration.overdue} escalatedAt={registration.escalatedAt} />
              <span className="muted">
                요청 {formatInstant(registration.requestedAt)}
                {registration.acknowledgedAt && ` · 확인 ${formatInstant(registration.acknowledgedAt)}`}
                {registration.resolvedAt &&
                  ` · ${registration.status === 'REJECTED' ? '반려' : '완료'} ${formatInstant(registration.resolvedAt)}`}
              </span>
              {registration.rejectReason && <span className="request-reason">반려 사유: {registration.rejectReason}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
