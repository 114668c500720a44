'use client';

import { useApolloClient, useLazyQuery } from '@apollo/client/react';
import { useId } from 'react';
import { graphql } from '@/graphql/generated/client';
import { apiErrorMessage } from '../api-error';
import { formatWon } from '../format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { useCaseAction, useCaseWorkspace } from './case-workspace-context';

const REFUND_QUOTE = graphql(`
  query RefundQuote($passId: ID!, $usedDays: Int!) {
    refundQuote(passId: $passId, usedDays: $usedDays) {
      paid
      availableDays
      usedDays
      usedAmount
      refund
    }
  }
`);

/** Proposes a refund; shared by the 소보원 and the company-policy proposals. */
export const PROPOSE_REFUND = graphql(`
  mutation ProposeRefund($caseId: ID!, $basis: RefundBasis!, $usedDays: Int, $amount: Int, $expectedVersion: Int) {
    proposeRefund(caseId: $caseId, basis: $basis, usedDays: $usedDays, amount: $amount, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`);

/** The 소보원 pro-rata refund: 실제 이용일 → the API's quote → propose it. */
export function RefundCalculator({ disabled }: { disabled: boolean }) {
  const id = useId();
  const { kase } = useCaseWorkspace();
  const client = useApolloClient();
  const action = useCaseAction();
  const [fetchQuote, { data, loading, error }] = useLazyQuery(REFUND_QUOTE, { fetchPolicy: 'network-only' });
  const quote = error ? undefined : data?.refundQuote;

  function calculate(usedDaysText: string) {
    const usedDays = Number(usedDaysText);
    if (usedDaysText.trim() === '' || !Number.isInteger(usedDays)) return;
    // The hook keeps the error for the page; the promise's rejection needs no handling here.
    void fetchQuote({ variables: { passId: kase.pass.id, usedDays } }).catch(() => undefined);
  }

  function propose() {
    if (!quote) return;
    void action.run(
      (expectedVersion, context) =>
        client.mutate({
          mutation: PROPOSE_REFUND,
          variables: { caseId: kase.id, basis: 'CONSUMER_AGENCY', usedDays: quote.usedDays, expectedVersion },
          context,
        }),
      `소보원 기준 환불 ${formatWon(quote.refund)}을 제안했습니다.`,
    );
  }

  return (
    <div className="refund-box">
      <h4>소보원 기준 환불 계산</h4>
      <p className="muted formula">환불액 = 정기권결제액 − (정기권결제액 / 이용가능일) × 실제이용일</p>
      <form
        className="stack-form"
        onSubmit={(event) => {
          event.preventDefault();
          calculate(String(new FormData(event.currentTarget).get('usedDays') ?? ''));
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-used`}>실제 이용일</label>
          <input
            id={`${id}-used`}
            className="input"
            name="usedDays"
            type="number"
            inputMode="numeric"
            min={0}
            max={kase.pass.availableDays}
            step={1}
            required
            aria-describedby={`${id}-used-hint`}
          />
          <span id={`${id}-used-hint`} className="field-hint">
            이용가능일 {kase.pass.availableDays}일 중
          </span>
        </div>
        <button type="submit" className="button button-secondary" disabled={loading}>
          {loading ? '계산 중…' : '환불액 계산'}
        </button>
      </form>
      {error && (
        <p className="alert" role="alert">
          {apiErrorMessage(error)}
        </p>
      )}
      {quote && (
        <dl className="quote" aria-label="환불 계산 결과">
          <div>
            <dt>결제액</dt>
            <dd>{formatWon(quote.paid)}</dd>
          </div>
          <div>
            <dt>이용가능일</dt>
            <dd>{quote.availableDays}일</dd>
          </div>
          <div>
            <dt>실제 이용일</dt>
            <dd>{quote.usedDays}일</dd>
          </div>
          <div>
            <dt>사용 금액</dt>
            <dd>{formatWon(quote.usedAmount)}</dd>
          </div>
          <div className="quote-total">
            <dt>환불액</dt>
            <dd>{formatWon(quote.refund)}</dd>
          </div>
        </dl>
      )}
      <div className="step-actions">
        <ActionButton pending={action.pending} disabled={disabled || !quote} onClick={propose}>
          소보원 기준 환불 제안
        </ActionButton>
        {!quote && <span className="field-hint">실제 이용일로 먼저 환불액을 계산하세요.</span>}
      </div>
      <ActionFeedback state={action} />
    </div>
  );
}
