'use client';

import { useApolloClient } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { graphql } from '@/graphql/generated/client';
import { formatInstant } from '../ui/format';
import { useFormat } from '../ui/use-format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { Badge, type BadgeTone } from '../ui/badge';
import { useCaseAction, type AgentCase } from './case-workspace-context';
import { ReceiptUpload } from './receipt-upload';
import styles from './case.module.css';

const REQUEST_PAYMENT_CANCELLATION = graphql(`
  mutation RequestPaymentCancellation($onsitePaymentId: ID!, $expectedVersion: Int) {
    requestPaymentCancellation(onsitePaymentId: $onsitePaymentId, expectedVersion: $expectedVersion) {
      id
      cancellationRequested
      cancellation {
        ...CancellationState
      }
    }
  }
`);

type OnsitePayment = AgentCase['onsitePayments'][number];

/** One on-site payment: its receipt (upload, view) and the cancellation request to the payments team. */
export function OnsitePaymentItem({ payment, disabled }: { payment: OnsitePayment; disabled: boolean }) {
  const t = useTranslations('case.onsitePayment');
  const client = useApolloClient();
  const action = useCaseAction();
  const [receiptAttached, setReceiptAttached] = useState(false);

  function requestCancellation() {
    void action.run(
      (expectedVersion) =>
        client.mutate({
          mutation: REQUEST_PAYMENT_CANCELLATION,
          variables: { onsitePaymentId: payment.id, expectedVersion },
        }),
      t('cancellationFiled'),
    );
  }

  return (
    <li className={styles.payment}>
      <OnsitePaymentSummary payment={payment} />
      {payment.hasReceipt ? (
        payment.receiptUrl && (
          <p>
            <a href={payment.receiptUrl} target="_blank" rel="noopener noreferrer">
              {t('viewReceipt')}
            </a>
          </p>
        )
      ) : (
        <ReceiptUpload onsitePaymentId={payment.id} disabled={disabled} onUploaded={() => setReceiptAttached(true)} />
      )}
      <p className="action-status" role="status">
        {receiptAttached && payment.hasReceipt ? t('receiptAttached') : null}
      </p>
      {!payment.cancellationRequested && (
        <div className={styles.stepActions}>
          <ActionButton
            pending={action.pending}
            disabled={disabled || !payment.hasReceipt}
            onClick={requestCancellation}
            actionId="request-payment-cancellation"
          >
            {t('fileCancellation')}
          </ActionButton>
          {!payment.hasReceipt && <span className="field-hint">{t('receiptFirst')}</span>}
        </div>
      )}
      <ActionFeedback state={action} />
    </li>
  );
}

const CANCELLATION_TONE: Record<NonNullable<OnsitePayment['cancellation']>['status'], BadgeTone> = {
  RECEIVED: 'warning',
  IN_PROGRESS: 'accent',
  COMPLETED: 'success',
  REJECTED: 'danger',
};

/** A payment in one line: amount, when, whether its receipt is in, and where its cancellation stands. */
export function OnsitePaymentSummary({ payment }: { payment: OnsitePayment }) {
  const t = useTranslations('case.onsitePayment');
  const format = useFormat();
  const cancellation = payment.cancellation;
  return (
    <>
      <div className={`payment-summary ${styles.paymentSummary}`}>
        <strong>{format.won(payment.amount)}</strong>
        <span className="muted">{t('paidAtLine', { at: formatInstant(payment.paidAt) })}</span>
        <Badge tone={payment.hasReceipt ? 'success' : 'warning'}>{payment.hasReceipt ? t('hasReceipt') : t('noReceipt')}</Badge>
        {cancellation ? (
          <Badge tone={cancellation.overdue ? 'overdue' : CANCELLATION_TONE[cancellation.status]}>
            {t(`cancellation.${cancellation.status}`)}
          </Badge>
        ) : (
          payment.cancellationRequested && <Badge tone="success">{t('cancellationBadge')}</Badge>
        )}
      </div>
      {cancellation && (
        <p className="muted payment-cancellation">
          {cancellation.resolvedAt
            ? t('cancellation.resolved', { at: formatInstant(cancellation.resolvedAt) })
            : t(cancellation.overdue ? 'cancellation.overdue' : 'cancellation.due', { due: formatInstant(cancellation.dueAt) })}
          {cancellation.rejectReason && (
            <>
              {' · '}
              {t.rich('cancellation.rejectReason', {
                reason: cancellation.rejectReason,
                words: (chunks) => <span lang="ko">{chunks}</span>,
              })}
            </>
          )}
        </p>
      )}
    </>
  );
}
