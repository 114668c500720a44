'use client';

import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '@/graphql/generated/client';
import { formatInstant, formatWon } from '../format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { useCaseAction, type AgentCase } from './case-workspace-context';
import { ReceiptUpload } from './receipt-upload';

const REQUEST_PAYMENT_CANCELLATION = graphql(`
  mutation RequestPaymentCancellation($onsitePaymentId: ID!, $expectedVersion: Int) {
    requestPaymentCancellation(onsitePaymentId: $onsitePaymentId, expectedVersion: $expectedVersion) {
      id
      cancellationRequested
    }
  }
`);

type OnsitePayment = AgentCase['onsitePayments'][number];

/** One on-site payment: its receipt (upload, view) and the cancellation request to the payments team. */
export function OnsitePaymentItem({ payment, disabled }: { payment: OnsitePayment; disabled: boolean }) {
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
      '현장결제 취소를 접수했습니다.',
    );
  }

  return (
    <li className="payment">
      <div className="payment-summary">
        <strong>{formatWon(payment.amount)}</strong>
        <span className="muted">{formatInstant(payment.paidAt)} 결제</span>
        <span className={`badge ${payment.hasReceipt ? 'badge-success' : 'badge-warning'}`}>
          {payment.hasReceipt ? '영수증 첨부됨' : '영수증 없음'}
        </span>
        {payment.cancellationRequested && <span className="badge badge-success">취소 접수됨</span>}
      </div>
      {payment.hasReceipt ? (
        payment.receiptUrl && (
          <p>
            <a href={payment.receiptUrl} target="_blank" rel="noopener noreferrer">
              영수증 보기
            </a>
          </p>
        )
      ) : (
        <ReceiptUpload onsitePaymentId={payment.id} disabled={disabled} onUploaded={() => setReceiptAttached(true)} />
      )}
      <p className="action-status" role="status">
        {receiptAttached && payment.hasReceipt ? '영수증을 첨부했습니다.' : null}
      </p>
      {!payment.cancellationRequested && (
        <div className="step-actions">
          <ActionButton
            pending={action.pending}
            disabled={disabled || !payment.hasReceipt}
            onClick={requestCancellation}
            actionId="request-payment-cancellation"
          >
            현장결제 취소 접수
          </ActionButton>
          {!payment.hasReceipt && <span className="field-hint">영수증을 첨부하면 취소를 접수할 수 있습니다.</span>}
        </div>
      )}
      <ActionFeedback state={action} />
    </li>
  );
}
