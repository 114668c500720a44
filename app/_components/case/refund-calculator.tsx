'use client';

import { useLazyQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { graphql } from '@/graphql/generated/client';
import { useApiErrorMessage } from '../ui/api-error';
import { Fact } from '../ui/fact';
import { useFormat } from '../ui/use-format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { describedBy, Field } from '../ui/field';
import { WholeNumberInput } from '../ui/inputs';
import { RefundReasonField } from './refund-reason-field';
import { useCaseWrite } from './use-case-write';
import styles from './case.module.css';

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
  mutation ProposeRefund($caseId: ID!, $basis: RefundBasis!, $usedDays: Int, $amount: Int, $expectedVersion: Int, $reason: String) {
    proposeRefund(
      caseId: $caseId
      basis: $basis
      usedDays: $usedDays
      amount: $amount
      expectedVersion: $expectedVersion
      reason: $reason
    ) {
      id
      status
    }
  }
`);

/**
 * The 소보원 pro-rata refund: 실제 이용일 → the API's quote → propose it, unless it is more
 * than the pass can still take (other cases' refunds count against its price).
 */
export function RefundCalculator({ disabled, refundable }: { disabled: boolean; refundable: number }) {
  const t = useTranslations('case.refund');
  const format = useFormat();
  const errorMessage = useApiErrorMessage();
  const id = useId();
  const { kase, action, send } = useCaseWrite();
  const [fetchQuote, { data, loading, error }] = useLazyQuery(REFUND_QUOTE, { fetchPolicy: 'network-only' });
  const quote = error ? undefined : data?.refundQuote;
  const aboveRefundable = quote ? quote.refund > refundable : false;
  const [reason, setReason] = useState('');

  function calculate(usedDaysText: string) {
    const usedDays = Number(usedDaysText);
    if (usedDaysText.trim() === '' || !Number.isInteger(usedDays)) return;
    // The hook keeps the error for the page; the promise's rejection needs no handling here.
    void fetchQuote({ variables: { passId: kase.pass.id, usedDays } }).catch(() => undefined);
  }

  async function propose() {
    if (!quote || aboveRefundable) return;
    const ok = await send(
      PROPOSE_REFUND,
      { basis: 'CONSUMER_AGENCY', usedDays: quote.usedDays, reason: reason.trim() || null },
      t('agencyProposed', { amount: format.won(quote.refund) }),
      { creating: true },
    );
    if (ok) setReason('');
  }

  const usedId = `${id}-used`;
  const reasonId = `${id}-reason`;
  return (
    <div className={`refund-box ${styles.refundBox}`}>
      <h4>{t('agencyHeading')}</h4>
      <p className={`muted ${styles.formula}`}>{t('formula')}</p>
      <form
        className={styles.stackForm}
        onSubmit={(event) => {
          event.preventDefault();
          calculate(String(new FormData(event.currentTarget).get('usedDays') ?? ''));
        }}
      >
        <Field id={usedId} label={t('usedDays')} hint={t('usedDaysHint', { days: kase.pass.availableDays })}>
          <WholeNumberInput {...describedBy(usedId, { hint: true })} name="usedDays" max={kase.pass.availableDays} required />
        </Field>
        <button type="submit" className="button button-secondary" disabled={loading} aria-busy={loading || undefined}>
          {loading ? t('calculating') : t('calculate')}
        </button>
      </form>
      {error && (
        <p className="alert" role="alert">
          {errorMessage(error)}
        </p>
      )}
      {quote && (
        <dl className={styles.quote} aria-label={t('quoteLabel')}>
          <Fact term={t('paid')}>{format.won(quote.paid)}</Fact>
          <Fact term={t('availableDays')}>{t('days', { days: quote.availableDays })}</Fact>
          <Fact term={t('usedDays')}>{t('days', { days: quote.usedDays })}</Fact>
          <Fact term={t('usedAmount')}>{format.won(quote.usedAmount)}</Fact>
          <Fact term={t('refund')} className={styles.quoteTotal}>
            {format.won(quote.refund)}
          </Fact>
        </dl>
      )}
      {aboveRefundable && (
        <p className="alert" role="alert">
          {t('aboveRefundable', { amount: format.won(refundable) })}
        </p>
      )}
      {/* The formula stands behind the amount, so the reason is optional here (unlike the company's basis). */}
      <RefundReasonField
        id={reasonId}
        label={t('reasonOptional')}
        rows={2}
        value={reason}
        disabled={disabled}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className={styles.stepActions}>
        <ActionButton pending={action.pending} disabled={disabled || !quote || aboveRefundable} onClick={() => void propose()}>
          {t('agencyPropose')}
        </ActionButton>
        {!quote && <span className="field-hint">{t('calculateFirst')}</span>}
      </div>
      <ActionFeedback state={action} />
    </div>
  );
}
