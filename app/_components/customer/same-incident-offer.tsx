'use client';

import { useApolloClient } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { graphql } from '@/graphql/generated/client';
import { useApiErrorMessage } from '../ui/api-error';
import { formatInstant } from '../ui/format';
import { ActionButton } from '../ui/action-button';
import { CaseStatusBadge, VocKindBadge } from '../ui/status-badges';
import { notify } from '../ui/toast';
import styles from './customer-panel.module.css';
import { useCustomerHistory, type CustomerHistoryTarget, type HistoryCase } from './use-customer-history';

const RECORD_REPEAT_CONTACT = graphql(`
  mutation RecordRepeatContact($caseId: ID!) {
    recordRepeatContact(caseId: $caseId) {
      id
      version
    }
  }
`);

interface SameIncidentOfferProps extends CustomerHistoryTarget {
  /** The case the new one will be opened as a duplicate of, or null for a new incident. */
  chosen: HistoryCase | null;
  onChoose: (original: HistoryCase | null) => void;
}

/**
 * "같은 사고의 재문의": the customer has a case at this lot opened in the last 24 hours or still
 * open. The agent records the call on it (a timeline entry, then that case opens), or opens the
 * new case as its duplicate, so one incident counts once. Nothing shows when there is none.
 */
export function SameIncidentOffer({ chosen, onChoose, ...target }: SameIncidentOfferProps) {
  const t = useTranslations('customerHistory.sameIncident');
  const errorMessage = useApiErrorMessage();
  const client = useApolloClient();
  const router = useRouter();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const candidates = useCustomerHistory(target).data?.customerHistory?.sameIncident ?? [];
  if (candidates.length === 0) return null;

  async function record(candidate: HistoryCase) {
    setPendingId(candidate.id);
    setError(null);
    try {
      await client.mutate({ mutation: RECORD_REPEAT_CONTACT, variables: { caseId: candidate.id } });
      notify.success(t('recorded', { code: candidate.code }));
      // Stay pending while the case loads, so the call is not recorded twice.
      router.push(`/agent/cases/${candidate.id}`);
    } catch (caught) {
      setError(caught instanceof Error ? errorMessage(caught) : String(caught));
      setPendingId(null);
    }
  }

  return (
    <section className={styles.offer} aria-labelledby="same-incident-heading" data-testid="same-incident-offer">
      <h3 id="same-incident-heading">{t('heading')}</h3>
      <p>{t('intro')}</p>
      <p className="muted">{t('recordHint')}</p>
      <ul className={styles.cases}>
        {candidates.map((candidate) => {
          // The original of a repeat contact is the incident: offer that one.
          const original = candidate.duplicateOfId ? null : candidate;
          return (
            <li
              key={candidate.id}
              aria-current={chosen?.id === candidate.id || undefined}
              className={chosen?.id === candidate.id ? styles.current : undefined}
            >
              <span className={styles.caseHead}>
                <span className={styles.code}>{candidate.code}</span>
                <CaseStatusBadge status={candidate.status} />
                <VocKindBadge kind={candidate.kind} />
              </span>
              <span className="muted">
                {t('caseLine', { at: formatInstant(candidate.incidentAt), opened: formatInstant(candidate.createdAt) })}
              </span>
              <span className={styles.actions}>
                {candidate.status !== 'RESOLVED' && (
                  <ActionButton
                    small
                    variant="secondary"
                    pending={pendingId === candidate.id}
                    disabled={pendingId !== null}
                    onClick={() => void record(candidate)}
                  >
                    {t('record')}
                  </ActionButton>
                )}
                {original && original.identityVerified && (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-pressed={chosen?.id === original.id}
                    onClick={() => onChoose(original)}
                  >
                    {t('openAsDuplicate')}
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
