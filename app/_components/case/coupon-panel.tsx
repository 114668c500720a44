'use client';

import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '@/graphql/generated/client';
import { formatInstant, formatWon } from '../format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { useCaseAction, useCaseLock, useCaseWorkspace } from './case-workspace-context';
import { ConfirmDialog } from '../ui/confirm-dialog';

const ISSUE_COMPENSATION_COUPON = graphql(`
  mutation IssueCompensationCoupon($caseId: ID!, $expectedVersion: Int) {
    issueCompensationCoupon(caseId: $caseId, expectedVersion: $expectedVersion) {
      id
      amount
    }
  }
`);

const CONFIRM_MESSAGE = '케어 후에도 고객이 수긍하지 않았나요? 쿠폰을 지급합니다.';

/** Whether this case earns the Parking CS coupon, why, and the button that issues it after a confirm. */
export function CouponPanel() {
  const { kase } = useCaseWorkspace();
  const lock = useCaseLock();
  const client = useApolloClient();
  const action = useCaseAction();
  const [confirming, setConfirming] = useState(false);
  const { eligible, omissionsThisMonth, amount, reason } = kase.couponEligibility;

  function issue() {
    setConfirming(false);
    void action.run(
      (expectedVersion, context) =>
        client.mutate({ mutation: ISSUE_COMPENSATION_COUPON, variables: { caseId: kase.id, expectedVersion }, context }),
      `${formatWon(amount)} 쿠폰을 지급했습니다.`,
    );
  }

  return (
    <div className="subsection">
      <h3>쿠폰</h3>
      <div className={`eligibility ${eligible ? 'eligibility-yes' : 'eligibility-no'}`}>
        <p className="eligibility-title">
          <span className={`badge ${eligible ? 'badge-success' : 'badge-neutral'}`}>
            {eligible ? '쿠폰 지급 대상' : '쿠폰 지급 대상 아님'}
          </span>
          <span>
            이번 달 누락 {omissionsThisMonth}회 <span className="muted">({kase.incidentMonth} 기준)</span>
          </span>
        </p>
        <p>{reason}</p>
      </div>
      <div className="step-actions">
        <ActionButton
          pending={action.pending}
          disabled={Boolean(lock) || !eligible}
          onClick={() => setConfirming(true)}
          actionId="issue-coupon"
        >
          쿠폰 지급 ({formatWon(amount)})
        </ActionButton>
      </div>
      <ActionFeedback state={action} />
      {kase.coupons.length > 0 && (
        <ul className="request-list" aria-label="지급된 쿠폰">
          {kase.coupons.map((coupon) => (
            <li key={coupon.id}>
              <span className="request-name">Parking CS {formatWon(coupon.amount)} 쿠폰</span>
              <span className="badge badge-success">지급됨</span>
              <span className="muted">
                {coupon.month}분 · {formatInstant(coupon.issuedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={confirming}
        title="쿠폰 지급 확인"
        message={CONFIRM_MESSAGE}
        confirmLabel="쿠폰 지급하기"
        onConfirm={issue}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
