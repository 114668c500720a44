'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { graphql } from '@/graphql/generated/client';
import type { ManagerLotsQuery } from '@/graphql/generated/client/graphql';
import { useApiErrorMessage } from '../ui/api-error';
import { OperatorLotsTable } from '../operator/operator-lots-table';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-state';
import { dataLang } from '@/lib/i18n/data-lang';

const MANAGER_LOTS = graphql(`
  query ManagerLots {
    lots {
      ...LotOverview
      operator {
        id
        name
      }
    }
  }
`);

type Lot = ManagerLotsQuery['lots'][number];

interface OperatorGroup {
  id: string;
  name: string;
  lots: Lot[];
}

/** Lots grouped by their operator, operators in Korean alphabetical order. */
function groupByOperator(lots: readonly Lot[]): OperatorGroup[] {
  const groups = new Map<string, OperatorGroup>();
  for (const lot of lots) {
    const group = groups.get(lot.operator.id) ?? { id: lot.operator.id, name: lot.operator.name, lots: [] };
    group.lots.push(lot);
    groups.set(group.id, group);
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'ko'));
}

/** Every lot, grouped by operator (one h3 each, under the page's h2), with how many of each there are. */
export function ManagerLotsOverview() {
  const t = useTranslations('managerDashboard.lotsOverview');
  const errorMessage = useApiErrorMessage();
  const { data, loading, error, refetch } = useQuery(MANAGER_LOTS);
  const retry = () => void refetch().catch(() => undefined);

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState message={errorMessage(error)} onRetry={retry} />;
  const lots = data?.lots ?? [];
  if (lots.length === 0) {
    return <EmptyState title={t('emptyTitle')}>{t('emptyHint')}</EmptyState>;
  }
  const groups = groupByOperator(lots);

  return (
    <>
      <p className="summary">{t('summary', { operators: groups.length, lots: lots.length })}</p>
      {groups.map((group) => (
        <section key={group.id} className="section" aria-labelledby={`operator-${group.id}`}>
          <div className="section-header">
            <h3 id={`operator-${group.id}`} lang={dataLang(group.name)}>
              {group.name}
            </h3>
            <span className="muted">{t('lotCount', { count: group.lots.length })}</span>
          </div>
          <OperatorLotsTable operatorName={group.name} lots={group.lots} />
        </section>
      ))}
    </>
  );
}
