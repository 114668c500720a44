'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiErrorMessage } from '../api-error';
import { formatDate } from '../format';
import { ADD_POLICY_VERSION, POLICY_VERSIONS } from './policy-queries';
import { ActionFeedback } from '../ui/action-feedback';

function intOf(form: FormData, name: string): number {
  const raw = String(form.get(name) ?? '').trim();
  return raw === '' ? Number.NaN : Number(raw);
}

/** Adds a policy version from today (KST) on; past versions stay as they were. */
export function PolicyForm() {
  const id = useId();
  const today = formatDate(new Date());
  const [addPolicy, { loading }] = useMutation(ADD_POLICY_VERSION, { refetchQueries: [POLICY_VERSIONS], awaitRefetchQueries: true });
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const note = String(form.get('note') ?? '').trim();
    const input = {
      effectiveFrom: String(form.get('effectiveFrom') ?? ''),
      couponAmount: intOf(form, 'couponAmount'),
      repeatThreshold: intOf(form, 'repeatThreshold'),
      couponsPerMonth: intOf(form, 'couponsPerMonth'),
      note: note || null,
    };
    setDone(null);
    setError(null);
    if (!input.effectiveFrom || [input.couponAmount, input.repeatThreshold, input.couponsPerMonth].some((n) => !Number.isInteger(n))) {
      setError('시행일과 금액·횟수를 모두 숫자로 입력해 주세요.');
      return;
    }
    try {
      await addPolicy({ variables: { input } });
      formElement.reset();
      setDone('새 정책을 추가했습니다.');
    } catch (caught) {
      setError(caught instanceof Error ? apiErrorMessage(caught) : String(caught));
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>새 정책 추가</h2>
      <form className="form policy-form" onSubmit={(event) => void handleSubmit(event)}>
        <div className="policy-form-grid">
          <div className="field">
            <label htmlFor={`${id}-from`}>시행일</label>
            <input id={`${id}-from`} className="input" type="date" name="effectiveFrom" min={today} required />
          </div>
          <div className="field">
            <label htmlFor={`${id}-amount`}>쿠폰 금액 (원)</label>
            <input id={`${id}-amount`} className="input" type="number" name="couponAmount" min={0} step={100} inputMode="numeric" required />
          </div>
          <div className="field">
            <label htmlFor={`${id}-threshold`}>반복 기준 (회)</label>
            <input id={`${id}-threshold`} className="input" type="number" name="repeatThreshold" min={1} step={1} inputMode="numeric" required />
          </div>
          <div className="field">
            <label htmlFor={`${id}-limit`}>월 지급 한도 (회)</label>
            <input id={`${id}-limit`} className="input" type="number" name="couponsPerMonth" min={0} step={1} inputMode="numeric" required />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>메모 (선택)</label>
          <textarea id={`${id}-note`} className="input textarea" name="note" rows={2} maxLength={500} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={loading} aria-busy={loading || undefined}>
            {loading ? '처리 중…' : '정책 추가'}
          </button>
        </div>
      </form>
      <p className="field-hint policy-note">지난 날짜의 정책은 바꿀 수 없습니다. 시행일 이후 사고부터 적용됩니다.</p>
      <ActionFeedback state={{ done, error }} />
    </section>
  );
}
