'use client';

import { useTranslations } from 'next-intl';
import { graphql } from '@/graphql/generated/client';
import type { ManagerLotsQuery } from '@/graphql/generated/client/graphql';
import { OperatorLotsTable } from '../operator/operator-lots-table';
import { EmptyState } from '../ui/query-state';
import { LotsQuery } from '../lots/lots-query';
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
  return (
    <LotsQuery query={MANAGER_LOTS} empty={<EmptyState title={t('emptyTitle')}>{t('emptyHint')}</EmptyState>}>
      {(lots) => <OperatorGroups lots={lots} />}
    </LotsQuery>
  );
}

/** The lots under one heading per operator, operators in Korean alphabetical order. */
function OperatorGroups({ lots }: { lots: readonly Lot[] }) {
  const t = useTranslations('managerDashboard.lotsOverview');
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
