'use client';

import { useApolloClient } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '@/graphql/generated/client';
import type { VocKind } from '@/graphql/generated/client/graphql';
import { apiErrorMessage } from '../api-error';
import { idempotencyContext, useIdempotencyKey } from '../use-idempotency-key';
import type { FoundPass } from '../pass-table';
import { VOC_KIND_LABEL } from './case-labels';
import { kstInputToDateTime, kstInputValue } from './kst-input';

const OPEN_CASE = graphql(`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      id
      code
    }
  }
`);

const KINDS = Object.keys(VOC_KIND_LABEL) as VocKind[];

/** The case's facts: VOC 유형, 사고 일시 (KST) and a memo; opening it goes to the case. */
export function OpenCaseForm({ pass }: { pass: FoundPass }) {
  const id = useId();
  const client = useApolloClient();
  const router = useRouter();
  const [defaultIncidentAt] = useState(() => kstInputValue());
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A second submit before the answer (double click, Enter twice) reuses the key: one case.
  const idempotency = useIdempotencyKey();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const kind = String(form.get('kind') ?? '') as VocKind;
    const incidentAt = kstInputToDateTime(String(form.get('incidentAt') ?? ''));
    const note = String(form.get('note') ?? '').trim() || null;
    if (!KINDS.includes(kind)) return setError('VOC 유형을 선택해 주세요.');
    if (!incidentAt) return setError('사고 일시를 입력해 주세요.');
    setPending(true);
    setError(null);
    try {
      const { data } = await client.mutate({
        mutation: OPEN_CASE,
        variables: { input: { passId: pass.id, kind, incidentAt, note } },
        context: idempotencyContext(idempotency.begin()),
      });
      idempotency.settle();
      if (!data) throw new Error('no data');
      // Stay pending while the case loads, so the form cannot be sent twice.
      router.push(`/agent/cases/${data.openCase.id}`);
    } catch (caught) {
      idempotency.settle(caught);
      setError(caught instanceof Error ? apiErrorMessage(caught) : String(caught));
      setPending(false);
    }
  }

  return (
    <form className="card form" onSubmit={handleSubmit} aria-describedby={error ? `${id}-error` : undefined}>
      <fieldset className="fieldset">
        <legend>VOC 유형</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input type="radio" name="kind" value={kind} required />
            <span>{VOC_KIND_LABEL[kind]}</span>
          </label>
        ))}
      </fieldset>
      <div className="field field-narrow">
        <label htmlFor={`${id}-incident`}>사고 일시</label>
        <input
          id={`${id}-incident`}
          className="input"
          name="incidentAt"
          type="datetime-local"
          defaultValue={defaultIncidentAt}
          required
          aria-describedby={`${id}-incident-hint`}
        />
        <span id={`${id}-incident-hint`} className="field-hint">
          한국 시간(KST) 기준, 정기권 기간 안이어야 합니다. ({pass.startsOn} ~ {pass.endsOn})
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>메모 (선택)</label>
        <textarea id={`${id}-note`} className="input textarea" name="note" rows={3} maxLength={2000} />
      </div>
      {error && (
        <p id={`${id}-error`} className="alert" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? '처리 중…' : '상담 접수'}
        </button>
      </div>
    </form>
  );
}
