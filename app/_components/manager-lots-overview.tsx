'use client';

import { useQuery } from '@apollo/client/react';
import { graphql } from '@/graphql/generated/client';
import type { ManagerLotsQuery } from '@/graphql/generated/client/graphql';
import { apiErrorMessage } from './api-error';
import { OperatorLotsTable } from './operator-lots-table';
import { EmptyState, ErrorState, LoadingState } from './ui/query-state';

const MANAGER_LOTS = graphql(`
  query ManagerLots {
    lots {
      id
      name
      address
      integration
      hasExitCallButton
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

/** Every lot, grouped by operator, with how many of each there are. */
export function ManagerLotsOverview() {
  const { data, loading, error, refetch } = useQuery(MANAGER_LOTS);
  const retry = () => void refetch().catch(() => undefined);

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState message={apiErrorMessage(error)} onRetry={retry} />;
  const lots = data?.lots ?? [];
  if (lots.length === 0) {
    return <EmptyState title="등록된 주차장이 없습니다.">운영사와 주차장을 등록하면 이곳에 운영사별로 보입니다.</EmptyState>;
  }
  const groups = groupByOperator(lots);

  return (
    <>
      <p className="summary">
        운영사 {groups.length}곳 · 주차장 {lots.length}곳
      </p>
      {groups.map((group) => (
        <section key={group.id} className="section" aria-labelledby={`operator-${group.id}`}>
          <div className="section-header">
            <h2 id={`operator-${group.id}`}>{group.name}</h2>
            <span className="muted">주차장 {group.lots.length}곳</span>
          </div>
          <OperatorLotsTable operatorName={group.name} lots={group.lots} />
        </section>
      ))}
    </>
  );
}
