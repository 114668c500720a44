'use client';

import { useApolloClient } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, type FormEvent } from 'react';
import { useFormat } from '../use-format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { describedBy, Field } from '../ui/field';
import { useCaseAction, useCaseWorkspace } from './case-workspace-context';
import { parseWon } from './parse-won';
import { PROPOSE_REFUND } from './refund-calculator';

/** A refund under the company's own policy: an amount the agent proposes and a manager approves. */
export function CompanyRefundForm({ disabled }: { disabled: boolean }) {
  const t = useTranslations('case.refund');
  const format = useFormat();
  const id = useId();
  const { kase } = useCaseWorkspace();
  const client = useApolloClient();
  const action = useCaseAction();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const amount = parseWon(String(new FormData(formElement).get('amount') ?? ''));
    if (amount === null) return action.fail(t('amountInvalid'));
    const ok = await action.run(
      (expectedVersion, context) =>
        client.mutate({
          mutation: PROPOSE_REFUND,
          variables: { caseId: kase.id, basis: 'COMPANY_POLICY', amount, expectedVersion },
          context,
        }),
      t('companyProposed', { amount: format.won(amount) }),
    );
    if (ok) formElement.reset();
  }

  const amountId = `${id}-amount`;
  return (
    <div className="refund-box">
      <h4>{t('companyHeading')}</h4>
      <form className="stack-form" onSubmit={handleSubmit}>
        <Field id={amountId} label={t('amount')} hint={t('amountHint', { amount: format.won(kase.pass.amountPaid) })}>
          <input
            {...describedBy(amountId, { hint: true })}
            className="input"
            name="amount"
            type="number"
            inputMode="numeric"
            min={0}
            max={kase.pass.amountPaid}
            step={1}
            required
            disabled={disabled}
          />
        </Field>
        <ActionButton type="submit" pending={action.pending} disabled={disabled}>
          {t('companyPropose')}
        </ActionButton>
      </form>
      <ActionFeedback state={action} />
    </div>
  );
}
