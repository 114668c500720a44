'use client';

import { useTranslations } from 'next-intl';
import { LockHint } from '../ui/action-button';
import { useCaseLock, useCaseWorkspace } from './case-workspace-context';
import { GuideBranchScript } from './guide-branch-script';
import { isStepDone, type GuideStep } from './guide-steps';
import { OnsitePaymentForm } from './onsite-payment-form';
import { OnsitePaymentItem } from './onsite-payment-item';
import { StepSection } from './step-section';
import styles from './case.module.css';

/** ③ 현장결제: record what was paid at the exit, attach the receipt, send the cancellation. */
export function StepOnsitePayment({ guide }: { guide: GuideStep | undefined }) {
  const t = useTranslations('case.onsitePayment');
  const { kase } = useCaseWorkspace();
  const lock = useCaseLock();

  return (
    <StepSection stepKey="ONSITE_PAYMENT" guide={guide} done={isStepDone(kase, 'ONSITE_PAYMENT')}>
      <LockHint reason={lock} />
      <GuideBranchScript step="ONSITE_PAYMENT" guide={guide} branch="ALWAYS" />
      {kase.status !== 'RESOLVED' && <OnsitePaymentForm disabled={Boolean(lock)} />}
      {kase.onsitePayments.length > 0 && (
        <div className="subsection">
          <h3>{t('listHeading')}</h3>
          <ul className={styles.paymentList}>
            {kase.onsitePayments.map((payment) => (
              <OnsitePaymentItem key={payment.id} payment={payment} disabled={Boolean(lock)} />
            ))}
          </ul>
        </div>
      )}
    </StepSection>
  );
}
