'use client';

import { useTranslations } from 'next-intl';
import { LockHint } from '../ui/action-button';
import { useCaseLock, useCaseWorkspace } from './case-workspace-context';
import { CompanyRefundForm } from './company-refund-form';
import { CouponPanel } from './coupon-panel';
import { FirstResponseRecorder } from './first-response-recorder';
import { isStepDone, type GuideStep } from './guide-steps';
import { PolicyColumn } from './policy-column';
import { RefundCalculator } from './refund-calculator';
import { RefundList } from './refund-list';
import { RefundableLine } from './refundable-line';
import { StepSection } from './step-section';
import styles from './case.module.css';

/** ④ 보상정책: the guide's column for this case's kind, the first response, the coupon when it is due, and the refund calculator. */
export function StepCompensation({ guide }: { guide: GuideStep | undefined }) {
  const t = useTranslations('case.compensation');
  const { kase } = useCaseWorkspace();
  const lock = useCaseLock();
  // The API refuses refunds on other kinds; say so before the agent tries.
  const openRefund = kase.refunds.some((refund) => refund.status !== 'REJECTED');
  // Over all the pass's cases: the API refuses a refund above it (domain.md: never beyond what was paid).
  const refundable = kase.pass.refundableAmount ?? kase.pass.amountPaid;
  const refundLock =
    lock ??
    (kase.kind !== 'REFUND_CLAIM'
      ? t('refundOnlyHint')
      : openRefund
        ? t('openRefundHint')
        : refundable === 0
          ? t('nothingRefundableHint')
          : null);

  return (
    <StepSection stepKey="COMPENSATION" guide={guide} done={isStepDone(kase, 'COMPENSATION')}>
      <LockHint reason={lock} />
      <PolicyColumn />
      <FirstResponseRecorder />
      <CouponPanel />
      <div className="subsection">
        <h3>{t('refundHeading')}</h3>
        {refundLock !== lock && <p className="field-hint">{refundLock}</p>}
        {!refundLock && <RefundableLine refundable={refundable} paid={kase.pass.amountPaid} />}
        <div className={styles.refundGrid}>
          <RefundCalculator disabled={Boolean(refundLock)} refundable={refundable} />
          <CompanyRefundForm disabled={Boolean(refundLock)} refundable={refundable} />
        </div>
        <RefundList refunds={kase.refunds} />
      </div>
    </StepSection>
  );
}
