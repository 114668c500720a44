'use client';

import { useApolloClient } from '@apollo/client/react';
import { useId, type FormEvent } from 'react';
import { graphql } from '@/graphql/generated/client';
import { formatInstant } from '../format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton, LockHint } from '../ui/action-button';
import { useCaseAction, useCaseLock, useCaseWorkspace } from './case-workspace-context';

const RESOLVE_CASE = graphql(`
  mutation ResolveCase($caseId: ID!, $outcome: String!, $expectedVersion: Int) {
    resolveCase(caseId: $caseId, outcome: $outcome, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);

/** Closes the case with its outcome; afterwards the page is read-only and shows the outcome. */
export function ResolveCaseForm() {
  const id = useId();
  const { kase } = useCaseWorkspace();
  const lock = useCaseLock();
  const client = useApolloClient();
  const action = useCaseAction();

  if (kase.status === 'RESOLVED') {
    return (
      <section className="card resolved" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>상담 종결</h2>
        <p>
          <span className="badge badge-neutral">종결</span>{' '}
          {kase.resolvedAt && <span className="muted">{formatInstant(kase.resolvedAt)}</span>}
        </p>
        {kase.outcome && <p className="pre-line">{kase.outcome}</p>}
        <p className="muted">종결된 상담은 읽기 전용입니다.</p>
        <ActionFeedback state={action} />
      </section>
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const outcome = String(new FormData(event.currentTarget).get('outcome') ?? '').trim();
    if (!outcome) return action.fail('처리 결과를 입력해 주세요.');
    void action.run(
      (expectedVersion) => client.mutate({ mutation: RESOLVE_CASE, variables: { caseId: kase.id, outcome, expectedVersion } }),
      '상담을 종결했습니다.',
    );
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>상담 종결</h2>
      <LockHint reason={lock} />
      <form className="form" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor={`${id}-outcome`}>처리 결과</label>
          <textarea
            id={`${id}-outcome`}
            className="input textarea"
            name="outcome"
            rows={3}
            maxLength={2000}
            required
            disabled={Boolean(lock)}
            data-action="resolve-case"
            placeholder="예: 출차 처리, 현장결제 취소 접수, 운영사 등록 요청 완료 안내"
          />
        </div>
        <div className="form-actions">
          <ActionButton type="submit" pending={action.pending} disabled={Boolean(lock)}>
            상담 종결
          </ActionButton>
        </div>
      </form>
      <ActionFeedback state={action} />
    </section>
  );
}
