'use client';

import { useApolloClient } from '@apollo/client/react';
import { useId, type FormEvent } from 'react';
import { formatWon } from '../format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { useCaseAction, useCaseWorkspace } from './case-workspace-context';
import { PROPOSE_REFUND } from './refund-calculator';

/** A refund under the company's own policy: an amount the agent proposes and a manager approves. */
export function CompanyRefundForm({ disabled }: { disabled: boolean }) {
  const id = useId();
  const { kase } = useCaseWorkspace();
  const client = useApolloClient();
  const action = useCaseAction();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const amount = Number(String(new FormData(formElement).get('amount') ?? '').replace(/[,\s원]/g, ''));
    if (!Number.isInteger(amount)) return action.fail('환불 금액을 원 단위 숫자로 입력해 주세요.');
    const ok = await action.run(
      (expectedVersion, context) =>
        client.mutate({
          mutation: PROPOSE_REFUND,
          variables: { caseId: kase.id, basis: 'COMPANY_POLICY', amount, expectedVersion },
          context,
        }),
      `당사 정책 환불 ${formatWon(amount)}을 제안했습니다. 관리자 승인을 기다립니다.`,
    );
    if (ok) formElement.reset();
  }

  return (
    <div className="refund-box">
      <h4>당사 정책 환불</h4>
      <form className="stack-form" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor={`${id}-amount`}>환불 금액 (원)</label>
          <input
            id={`${id}-amount`}
            className="input"
            name="amount"
            type="number"
            inputMode="numeric"
            min={0}
            max={kase.pass.amountPaid}
            step={1}
            required
            disabled={disabled}
            aria-describedby={`${id}-amount-hint`}
          />
          <span id={`${id}-amount-hint`} className="field-hint">
            결제액 {formatWon(kase.pass.amountPaid)} 이내, 관리자 승인 필요
          </span>
        </div>
        <ActionButton type="submit" pending={action.pending} disabled={disabled}>
          당사 정책 환불 제안
        </ActionButton>
      </form>
      <ActionFeedback state={action} />
    </div>
  );
}
