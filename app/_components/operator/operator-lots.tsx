'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { graphql } from '@/graphql/generated/client';
import { useApiErrorMessage } from '../ui/api-error';
import { CallButtonBadge, IntegrationBadge } from '../lots/lot-badges';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-state';
import styles from './operator.module.css';
import { dataLang } from '@/lib/i18n/data-lang';

const OPERATOR_LOTS = graphql(`
  query OperatorLots {
    lots {
      ...LotOverview
    }
  }
`);

/** The operator's own lots (the API scopes the list), one card each. */
export function OperatorLots() {
  const t = useTranslations('operatorLots');
  const errorMessage = useApiErrorMessage();
  const { data, loading, error, refetch } = useQuery(OPERATOR_LOTS);
  const retry = () => void refetch().catch(() => undefined);

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState message={errorMessage(error)} onRetry={retry} />;
  const lots = data?.lots ?? [];
  if (lots.length === 0) {
    return <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState>;
  }

  return (
    <>
      <p className="summary">{t('summary', { count: lots.length })}</p>
      <ul className={styles.lotGrid}>
        {lots.map((lot) => (
          <li key={lot.id} className={`card ${styles.lotCard}`}>
            <h3 lang={dataLang(lot.name)}>{lot.name}</h3>
            <p className="muted" lang={dataLang(lot.address)}>
              {lot.address}
            </p>
            <div className="badges">
              <IntegrationBadge integration={lot.integration} />
              <CallButtonBadge hasExitCallButton={lot.hasExitCallButton} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
