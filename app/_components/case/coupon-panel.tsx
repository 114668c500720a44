'use client';

import { useTranslations } from 'next-intl';
import { graphql } from '@/graphql/generated/client';
import { useFormat } from '../ui/use-format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { Badge } from '../ui/badge';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useConfirmation } from '../ui/use-confirmation';
import { useCaseWrite } from './use-case-write';
import { CouponList } from './coupon-list';
import styles from './case.module.css';

const ISSUE_COMPENSATION_COUPON = graphql(`
  mutation IssueCompensationCoupon($caseId: ID!, $expectedVersion: Int) {
    issueCompensationCoupon(caseId: $caseId, expectedVersion: $expectedVersion) {
      id
      amount
    }
  }
`);

/** Whether this case earns the Parking CS coupon, why, and the button that issues it after a confirm. */
export function CouponPanel() {
  const t = useTranslations('case.coupon');
  const format = useFormat();
  const { kase, lock, action, send } = useCaseWrite();
  const { eligible, omissionsThisMonth, amount, reason } = kase.couponEligibility;
  const confirmIssue = useConfirmation(() => {
    void send(ISSUE_COMPENSATION_COUPON, {}, t('issued', { amount: format.won(amount) }), { creating: true });
  });

  return (
    <div className="subsection">
      <h3>{t('heading')}</h3>
      <div className={`${styles.eligibility} ${eligible ? styles.eligibilityYes : styles.eligibilityNo}`}>
        <p className={styles.eligibilityTitle}>
          <Badge tone={eligible ? 'success' : 'neutral'}>{eligible ? t('eligible') : t('notEligible')}</Badge>
          <span>
            {t('omissions', { count: omissionsThisMonth })} <span className="muted">{t('month', { month: kase.incidentMonth })}</span>
          </span>
        </p>
        {/* The API words the reason in the viewer's language. */}
        <p>{reason}</p>
      </div>
      <div className={styles.stepActions}>
        <ActionButton pending={action.pending} disabled={Boolean(lock) || !eligible} onClick={confirmIssue.ask} actionId="issue-coupon">
          {t('issue', { amount: format.won(amount) })}
        </ActionButton>
      </div>
      <ActionFeedback state={action} />
      <CouponList coupons={kase.coupons} />
      <ConfirmDialog {...confirmIssue.dialog} title={t('confirmTitle')} message={t('confirmMessage')} confirmLabel={t('confirm')} />
    </div>
  );
}
