'use client';

import { useTranslations } from 'next-intl';
import { graphql } from '@/graphql/generated/client';
import { formatInstant } from '../ui/format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { Badge } from '../ui/badge';
import { GuideBranchScript } from './guide-branch-script';
import type { GuideStep } from './guide-steps';
import { IdentityUnconfirmed } from './identity-unconfirmed';
import { StepSection } from './step-section';
import { useCaseWrite } from './use-case-write';
import styles from './case.module.css';

const VERIFY_IDENTITY = graphql(`
  mutation VerifyIdentity($caseId: ID!, $expectedVersion: Int) {
    verifyIdentity(caseId: $caseId, expectedVersion: $expectedVersion) {
      id
      version
      identityVerified
    }
  }
`);

/** ① 기본안내: care, ask whether the caller is the account holder, confirm the pass. */
export function StepBasicCare({ guide }: { guide: GuideStep | undefined }) {
  const t = useTranslations('case.basicCare');
  const { kase, action, send } = useCaseWrite();
  const verifiedAt = kase.timeline.find((event) => event.type === 'IDENTITY_VERIFIED')?.at;

  function verify() {
    void send(VERIFY_IDENTITY, {}, t('verified'));
  }

  return (
    <StepSection stepKey="BASIC_CARE" guide={guide} done={kase.identityVerified}>
      <GuideBranchScript step="BASIC_CARE" guide={guide} branch="ALWAYS" recommended={!kase.identityVerified} />
      <div className={styles.stepActions}>
        {kase.identityVerified ? (
          <p className={styles.doneLine}>
            <Badge tone="success">{t('verifiedBadge')}</Badge>
            {verifiedAt && <span className="muted">{formatInstant(verifiedAt)}</span>}
          </p>
        ) : (
          <ActionButton pending={action.pending} disabled={kase.status === 'RESOLVED'} onClick={verify} actionId="verify-identity">
            {t('verify')}
          </ActionButton>
        )}
        <IdentityUnconfirmed />
      </div>
      <ActionFeedback state={action} />
    </StepSection>
  );
}
