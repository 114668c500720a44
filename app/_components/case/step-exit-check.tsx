'use client';

import { useTranslations } from 'next-intl';
import { LockHint } from '../ui/action-button';
import { useCaseLock, useCaseWorkspace } from './case-workspace-context';
import { CallButtonBranch } from './call-button-branch';
import { ExitRequestPanel } from './exit-request-panel';
import { GuideBranchScript } from './guide-branch-script';
import { isStepDone, type GuideStep } from './guide-steps';
import { RegistrationPanel } from './registration-panel';
import { StepSection } from './step-section';
import { useLotWatch } from './use-lot-watch';
import styles from './case.module.css';

/**
 * ② 출차여부 탐색: the lot decides the next best action; registration is asked for in every case.
 * Both requests wait on the lot, so this step watches it (useLotWatch) while they do.
 */
export function StepExitCheck({ guide }: { guide: GuideStep | undefined }) {
  const t = useTranslations('case.exitCheck');
  const { kase } = useCaseWorkspace();
  const lock = useCaseLock();
  const hasCallButton = kase.lot.hasExitCallButton;
  const serverOffsetMs = useLotWatch();

  return (
    <StepSection stepKey="EXIT_CHECK" guide={guide} done={isStepDone(kase, 'EXIT_CHECK')}>
      <LockHint reason={lock} />
      <GuideBranchScript step="EXIT_CHECK" guide={guide} branch="ALWAYS" />
      <div className={styles.nextAction}>
        <p className={styles.nextActionTitle}>{t('nextAction')}</p>
        <p>{hasCallButton ? t('withCallButton') : t('withoutCallButton')}</p>
      </div>
      {hasCallButton ? (
        <>
          <CallButtonBranch guide={guide} />
          <details className={styles.branchAlt} open={kase.exitRequests.length > 0 || undefined}>
            <summary>{t('noCallButtonAfterAll')}</summary>
            <ExitRequestPanel guide={guide} recommended={false} serverOffsetMs={serverOffsetMs} />
          </details>
        </>
      ) : (
        <ExitRequestPanel guide={guide} recommended serverOffsetMs={serverOffsetMs} />
      )}
      <RegistrationPanel guide={guide} />
    </StepSection>
  );
}
