'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '@/graphql/generated/client';
import { MIN_ONSITE_PAYMENT_WON, onsitePaymentProblem } from '@/lib/domain/onsite-payment';
import { formatInstant } from '../ui/format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { describedBy, Field } from '../ui/field';
import { WholeNumberInput } from '../ui/inputs';
import { kstInputToDateTime, kstInputValue } from './kst-input';
import { parseWon } from './parse-won';
import { useCaseWrite } from './use-case-write';
import styles from './case.module.css';

const RECORD_ONSITE_PAYMENT = graphql(`
  mutation RecordOnsitePayment($caseId: ID!, $amount: Int!, $paidAt: DateTime!, $expectedVersion: Int) {
    recordOnsitePayment(caseId: $caseId, amount: $amount, paidAt: $paidAt, expectedVersion: $expectedVersion) {
      id
    }
  }
`);

/** Records money the customer paid at the exit: 결제 금액 (won) and 결제 일시 (KST). */
export function OnsitePaymentForm({ disabled }: { disabled: boolean }) {
  const t = useTranslations('case.onsitePayment');
  const id = useId();
  const { kase, action, send } = useCaseWrite();
  const [defaultPaidAt] = useState(() => kstInputValue());

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const amount = parseWon(String(form.get('amount') ?? ''));
    const paidAt = kstInputToDateTime(String(form.get('paidAt') ?? ''));
    if (amount === null) return action.fail(t('amountInvalid'));
    if (!paidAt) return action.fail(t('paidAtMissing'));
    // The API's own rule (lib/domain/onsite-payment.ts), said here before a round trip.
    const problem = onsitePaymentProblem({ amount, paidAt: new Date(paidAt), incidentAt: new Date(kase.incidentAt), now: new Date() });
    if (problem === 'AMOUNT_BELOW_MIN') return action.fail(t('amountBelowMin', { min: MIN_ONSITE_PAYMENT_WON }));
    if (problem === 'PAID_IN_FUTURE') return action.fail(t('paidInFuture'));
    if (problem === 'PAID_BEFORE_INCIDENT') return action.fail(t('paidBeforeIncident', { incidentAt: formatInstant(kase.incidentAt) }));
    const ok = await send(RECORD_ONSITE_PAYMENT, { amount, paidAt }, t('recorded'), { creating: true });
    if (ok) formElement.reset();
  }

  return (
    // noValidate: the messages below say what is wrong in the reader's language, not the browser's.
    <form className={styles.inlineForm} noValidate onSubmit={handleSubmit}>
      <Field id={`${id}-amount`} label={t('amount')}>
        <WholeNumberInput
          {...describedBy(`${id}-amount`, {})}
          name="amount"
          min={MIN_ONSITE_PAYMENT_WON}
          required
          disabled={disabled}
          placeholder={t('amountPlaceholder')}
        />
      </Field>
      <Field id={`${id}-paid-at`} label={t('paidAt')}>
        <input
          {...describedBy(`${id}-paid-at`, {})}
          className="input"
          name="paidAt"
          type="datetime-local"
          defaultValue={defaultPaidAt}
          required
          disabled={disabled}
        />
      </Field>
      <ActionButton type="submit" pending={action.pending} disabled={disabled}>
        {t('record')}
      </ActionButton>
      <div className={styles.inlineFormFeedback}>
        <ActionFeedback state={action} />
      </div>
    </form>
  );
}
