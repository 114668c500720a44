'use client';

import { useTranslations } from 'next-intl';
import { graphql } from '@/graphql/generated/client';
import { CallButtonBadge, IntegrationBadge } from '../lots/lot-badges';
import { EmptyState } from '../ui/query-state';
import { LotsQuery } from '../lots/lots-query';
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
  return (
    <LotsQuery query={OPERATOR_LOTS} empty={<EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState>}>
      {(lots) => (
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
      )}
    </LotsQuery>
  );
}
