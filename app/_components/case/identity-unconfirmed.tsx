'use client';

import { useTranslations } from 'next-intl';
import { graphql } from '@/graphql/generated/client';
import { formatInstant } from '../ui/format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton } from '../ui/action-button';
import { Badge } from '../ui/badge';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useConfirmation } from '../ui/use-confirmation';
import { useCaseWrite } from './use-case-write';
import styles from './case.module.css';

const RECORD_IDENTITY_UNCONFIRMED = graphql(`
  mutation RecordIdentityUnconfirmed($caseId: ID!, $expectedVersion: Int) {
    recordIdentityUnconfirmed(caseId: $caseId, expectedVersion: $expectedVersion) {
      id
      version
      status
      identityUnconfirmedAt
    }
  }
`);

/**
 * Step ①'s other ending: the caller could not be verified as the account holder. After a
 * confirmation the case closes with the fixed outcome; nothing else can be done on it.
 */
export function IdentityUnconfirmed() {
  const t = useTranslations('caseCorrections.identity');
  const { kase, action, send } = useCaseWrite();
  const confirmClose = useConfirmation(() => {
    void send(RECORD_IDENTITY_UNCONFIRMED, {}, t('done'));
  });

  if (kase.identityUnconfirmedAt) {
    return (
      <p className={styles.doneLine}>
        <Badge tone="neutral">{t('badge')}</Badge>
        <span className="muted">{formatInstant(kase.identityUnconfirmedAt)}</span>
      </p>
    );
  }
  if (kase.identityVerified || kase.status === 'RESOLVED') return null;

  return (
    <>
      <ActionButton variant="secondary" pending={action.pending} onClick={confirmClose.ask}>
        {t('unconfirmed')}
      </ActionButton>
      <ActionFeedback state={action} />
      <ConfirmDialog {...confirmClose.dialog} title={t('confirmTitle')} message={t('confirmMessage')} confirmLabel={t('confirm')} />
    </>
  );
}
