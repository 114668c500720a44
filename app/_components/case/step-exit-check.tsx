'use client';

import { useApolloClient } from '@apollo/client/react';
import { graphql } from '@/graphql/generated/client';
import { formatInstant } from '../format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton, LockHint } from '../ui/action-button';
import { useCaseAction, useCaseLock, useCaseWorkspace } from './case-workspace-context';
import { ExitRequestPanel } from './exit-request-panel';
import { ScriptBlock } from './guide-script-block';
import { branchLabel, branchLines, isStepDone, type GuideStep } from './guide-steps';
import { RegistrationPanel } from './registration-panel';
import { StepSection } from './step-section';

const RECORD_GUIDANCE = graphql(`
  mutation RecordGuidance($caseId: ID!, $step: GuideStepKey!, $detail: String!, $expectedVersion: Int) {
    recordGuidance(caseId: $caseId, step: $step, detail: $detail, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

const CALL_BUTTON_DETAIL = '호출버튼 이용 안내';

/** ② 출차여부 탐색: the lot decides the next best action; registration is asked for in every case. */
export function StepExitCheck({ guide }: { guide: GuideStep | undefined }) {
  const { kase } = useCaseWorkspace();
  const lock = useCaseLock();
  const hasCallButton = kase.lot.hasExitCallButton;

  return (
    <StepSection stepKey="EXIT_CHECK" guide={guide} done={isStepDone(kase, 'EXIT_CHECK')}>
      <LockHint reason={lock} />
      <ScriptBlock lines={branchLines(guide, 'ALWAYS')} lotName={kase.lot.name} />
      <div className="next-action">
        <p className="next-action-title">다음 권장 조치</p>
        <p>
          {hasCallButton
            ? '이 주차장은 출차부에 호출버튼이 있습니다. 바로 출차한다면 호출버튼 이용을 안내하세요.'
            : '이 주차장은 출차부에 호출버튼이 없습니다. 고객에게 잠시 기다려 달라고 한 뒤 현장 출차 요청을 보내세요 (약 5분 소요).'}
        </p>
      </div>
      {hasCallButton ? (
        <>
          <CallButtonBranch guide={guide} />
          <details className="branch-alt" open={kase.exitRequests.length > 0 || undefined}>
            <summary>고객이 호출버튼이 없다고 하면: 현장 출차 요청</summary>
            <ExitRequestPanel guide={guide} recommended={false} />
          </details>
        </>
      ) : (
        <ExitRequestPanel guide={guide} recommended />
      )}
      <RegistrationPanel guide={guide} />
    </StepSection>
  );
}

/** The lot has a call button: ask the customer to press it and say it is a pass car. */
function CallButtonBranch({ guide }: { guide: GuideStep | undefined }) {
  const { kase } = useCaseWorkspace();
  const lock = useCaseLock();
  const client = useApolloClient();
  const action = useCaseAction();
  const guided = kase.timeline.find(
    (event) =>
      event.type === 'EXIT_CALL_GUIDED' || (event.type === 'GUIDANCE_GIVEN' && event.detail === CALL_BUTTON_DETAIL),
  );

  function record() {
    void action.run(
      (expectedVersion) =>
        client.mutate({
          mutation: RECORD_GUIDANCE,
          variables: { caseId: kase.id, step: 'EXIT_CHECK', detail: CALL_BUTTON_DETAIL, expectedVersion },
        }),
      '호출버튼 안내를 기록했습니다.',
    );
  }

  return (
    <div className="branch">
      <ScriptBlock
        lines={branchLines(guide, 'CALL_BUTTON')}
        label={branchLabel(guide, 'CALL_BUTTON')}
        lotName={kase.lot.name}
        recommended={!guided}
      />
      <div className="step-actions">
        <ActionButton pending={action.pending} disabled={Boolean(lock) || Boolean(guided)} onClick={record} actionId="guide-call-button">
          호출버튼 안내함
        </ActionButton>
        {guided && (
          <span className="done-line">
            <span className="badge badge-success">안내함</span>
            <span className="muted">{formatInstant(guided.at)}</span>
          </span>
        )}
      </div>
      <ActionFeedback state={action} />
    </div>
  );
}
