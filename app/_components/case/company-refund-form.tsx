'use client';

import { useTranslations } from 'next-intl';
import { useId, type FormEvent } from 'react';
import { useFormat } from '../ui/use-format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { describedBy, Field } from '../ui/field';
import { WholeNumberInput } from '../ui/inputs';
import { parseWon } from './parse-won';
import { PROPOSE_REFUND } from './refund-calculator';
import { RefundReasonField } from './refund-reason-field';
import { useCaseWrite } from './use-case-write';
import styles from './case.module.css';

/**
 * A refund under the company's own policy: an amount the agent proposes, with the reason a
 * manager approves it on. The reason is required here: no formula stands behind the amount.
 * An amount above what the pass can still take is refused here before it is sent, in the
 * server's words (no native `max`: the browser's bubble would not say why).
 */
export function CompanyRefundForm({ disabled, refundable }: { disabled: boolean; refundable: number }) {
  const t = useTranslations('case.refund');
  const format = useFormat();
  const id = useId();
  const { kase, action, send } = useCaseWrite();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const amount = parseWon(String(form.get('amount') ?? ''));
    if (amount === null) return action.fail(t('amountInvalid'));
    if (amount > refundable) return action.fail(t('aboveRefundable', { amount: format.won(refundable) }));
    const reason = String(form.get('reason') ?? '').trim();
    if (!reason) return action.fail(t('reasonMissing'));
    const ok = await send(
      PROPOSE_REFUND,
      { basis: 'COMPANY_POLICY', amount, reason },
      t('companyProposed', { amount: format.won(amount) }),
      {
        creating: true,
      },
    );
    if (ok) formElement.reset();
  }

  const amountId = `${id}-amount`;
  const reasonId = `${id}-reason`;
  return (
    <div className={`refund-box ${styles.refundBox}`}>
      <h4>{t('companyHeading')}</h4>
      <form className={styles.stackForm} onSubmit={handleSubmit}>
        <Field
          id={amountId}
          label={t('amount')}
          hint={
            // 0 locks the form and says why above it; the hint then keeps to the price.
            refundable > 0 && refundable < kase.pass.amountPaid
              ? t('amountHintRefundable', { amount: format.won(refundable) })
              : t('amountHint', { amount: format.won(kase.pass.amountPaid) })
          }
        >
          <WholeNumberInput {...describedBy(amountId, { hint: true })} name="amount" required disabled={disabled} />
        </Field>
        <RefundReasonField id={reasonId} label={t('reason')} rows={3} required disabled={disabled} />
        <ActionButton type="submit" pending={action.pending} disabled={disabled}>
          {t('companyPropose')}
        </ActionButton>
      </form>
      <ActionFeedback state={action} />
    </div>
  );
}
