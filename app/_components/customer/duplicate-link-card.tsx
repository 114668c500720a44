'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { graphql } from '@/graphql/generated/client';
import { useCaseWrite } from '../case/use-case-write';
import { formatInstant } from '../ui/format';
import { ActionFeedback } from '../ui/action-feedback';
import { ActionButton, LockHint } from '../ui/action-button';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { describedBy, Field } from '../ui/field';
import styles from './customer-panel.module.css';
import { UnlinkDuplicateDialog } from './unlink-duplicate-dialog';
import { useCustomerHistory } from './use-customer-history';
import caseStyles from '../case/case.module.css';

const LINK_DUPLICATE = graphql(`
  mutation LinkDuplicate($caseId: ID!, $ofCaseId: ID!, $expectedVersion: Int) {
    linkDuplicate(caseId: $caseId, ofCaseId: $ofCaseId, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

const UNLINK_DUPLICATE = graphql(`
  mutation UnlinkDuplicate($caseId: ID!, $reason: String!, $expectedVersion: Int) {
    unlinkDuplicate(caseId: $caseId, reason: $reason, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

/**
 * On the case page: link this case as a repeat contact of one of the customer's earlier cases,
 * or undo the link with a reason. The server refuses either while a coupon of the month rests
 * on the count; the refusal's words show here.
 */
export function DuplicateLinkCard() {
  const t = useTranslations('customerHistory.duplicate');
  const id = useId();
  const { kase, lock, action, send } = useCaseWrite();
  const history = useCustomerHistory({ customerId: kase.customer.id, lotId: kase.lot.id, excludeCaseId: kase.id }).data?.customerHistory;
  const [ofCaseId, setOfCaseId] = useState('');
  const [confirming, setConfirming] = useState<'link' | 'unlink' | null>(null);

  // The originals a repeat contact may point at: earlier, verified, not repeats themselves.
  const candidates = (history?.cases ?? []).filter(
    (c) => c.id !== kase.id && Date.parse(c.createdAt) < Date.parse(kase.createdAt) && !c.duplicateOfId && c.identityVerified,
  );
  const picked = candidates.find((c) => c.id === ofCaseId);

  function link() {
    setConfirming(null);
    if (!picked) return;
    void send(LINK_DUPLICATE, { ofCaseId: picked.id }, t('linked', { code: picked.code }));
  }

  function unlink(reason: string) {
    setConfirming(null);
    void send(UNLINK_DUPLICATE, { reason }, t('unlinked'));
  }

  const pickId = `${id}-pick`;
  return (
    <section className={`card ${styles.panel}`} aria-labelledby={`${id}-heading`} data-testid="duplicate-link">
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      {kase.duplicateOf ? (
        <>
          <p>{t('linkedTo', { code: kase.duplicateOf.code })}</p>
          <div className={styles.actions}>
            <ActionButton
              small
              variant="secondary"
              pending={action.pending}
              disabled={Boolean(lock)}
              onClick={() => setConfirming('unlink')}
            >
              {t('unlink')}
            </ActionButton>
          </div>
        </>
      ) : candidates.length === 0 ? (
        <p className="muted">{t('noCandidates')}</p>
      ) : (
        <div className={caseStyles.inlineForm}>
          <Field id={pickId} label={t('pick')}>
            <select {...describedBy(pickId, {})} className="input" value={ofCaseId} onChange={(event) => setOfCaseId(event.target.value)}>
              <option value="">{t('pickPlaceholder')}</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.code} · {formatInstant(c.incidentAt)}
                </option>
              ))}
            </select>
          </Field>
          <ActionButton
            small
            variant="secondary"
            pending={action.pending}
            disabled={Boolean(lock) || !picked}
            onClick={() => setConfirming('link')}
          >
            {t('link')}
          </ActionButton>
        </div>
      )}
      <LockHint reason={lock} />
      <ActionFeedback state={action} />
      <ConfirmDialog
        open={confirming === 'link'}
        title={t('linkTitle')}
        message={t('linkMessage', { code: picked?.code ?? '' })}
        confirmLabel={t('link')}
        onConfirm={link}
        onCancel={() => setConfirming(null)}
      />
      <UnlinkDuplicateDialog open={confirming === 'unlink'} onUnlink={unlink} onCancel={() => setConfirming(null)} />
    </section>
  );
}
