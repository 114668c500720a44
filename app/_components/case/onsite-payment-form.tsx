'use client';

import { useApolloClient } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '@/graphql/generated/client';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { useCaseAction, useCaseWorkspace } from './case-workspace-context';
import { kstInputToDateTime, kstInputValue } from './kst-input';

const RECORD_ONSITE_PAYMENT = graphql(`
  mutation RecordOnsitePayment($caseId: ID!, $amount: Int!, $paidAt: DateTime!, $expectedVersion: Int) {
    recordOnsitePayment(caseId: $caseId, amount: $amount, paidAt: $paidAt, expectedVersion: $expectedVersion) {
      id
    }
  }
`);

/** Records money the customer paid at the exit: 결제 금액 (won) and 결제 일시 (KST). */
export function OnsitePaymentForm({ disabled }: { disabled: boolean }) {
  const id = useId();
  const { kase } = useCaseWorkspace();
  const client = useApolloClient();
  const action = useCaseAction();
  const [defaultPaidAt] = useState(() => kstInputValue());

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const amount = Number(String(form.get('amount') ?? '').replace(/[,\s원]/g, ''));
    const paidAt = kstInputToDateTime(String(form.get('paidAt') ?? ''));
    // The API validates the amount too; this only catches what is not a number at all.
    if (!Number.isInteger(amount)) return action.fail('결제 금액을 원 단위 숫자로 입력해 주세요.');
    if (!paidAt) return action.fail('결제 일시를 입력해 주세요.');
    const ok = await action.run(
      (expectedVersion, context) =>
        client.mutate({
          mutation: RECORD_ONSITE_PAYMENT,
          variables: { caseId: kase.id, amount, paidAt, expectedVersion },
          context,
        }),
      '현장결제를 기록했습니다. 영수증을 첨부해 주세요.',
    );
    if (ok) formElement.reset();
  }

  return (
    <form className="inline-form" onSubmit={handleSubmit}>
      <div className="field">
        <label htmlFor={`${id}-amount`}>결제 금액 (원)</label>
        <input
          id={`${id}-amount`}
          className="input"
          name="amount"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          required
          disabled={disabled}
          placeholder="예: 12000"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-paid-at`}>결제 일시</label>
        <input
          id={`${id}-paid-at`}
          className="input"
          name="paidAt"
          type="datetime-local"
          defaultValue={defaultPaidAt}
          required
          disabled={disabled}
        />
      </div>
      <ActionButton type="submit" pending={action.pending} disabled={disabled}>
        현장결제 기록
      </ActionButton>
      <div className="inline-form-feedback">
        <ActionFeedback state={action} />
      </div>
    </form>
  );
}
