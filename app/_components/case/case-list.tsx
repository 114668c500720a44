'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { graphql } from '@/graphql/generated/client';
import type { CaseFilter } from '@/graphql/generated/client/graphql';
import { apiErrorCode, useApiErrorMessage } from '../ui/api-error';
import { CursorPager, useCursorPages } from '../ui/cursor-pager';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-state';
import { CaseListFilters } from './case-list-filters';
import { CaseListTable } from './case-list-table';

const PAGE_SIZE = 20;

const AGENT_CASES = graphql(`
  query AgentCases($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      ...CaseListPage
    }
  }
`);

/** The agent's cases with filters, newest first, a page at a time. */
export function CaseList() {
  const t = useTranslations('case.list');
  const errorMessage = useApiErrorMessage();
  const [filter, setFilter] = useState<CaseFilter>({});
  const pages = useCursorPages();
  const { after, page } = pages;
  const { data, previousData, loading, error, refetch } = useQuery(AGENT_CASES, {
    variables: { filter, first: PAGE_SIZE, after },
    // Cases change under the agent's feet (operators, other agents): always ask.
    fetchPolicy: 'cache-and-network',
  });
  const retry = () => void refetch().catch(() => undefined);
  const shown = data ?? previousData;

  function search(next: CaseFilter) {
    setFilter(next);
    pages.reset();
  }

  const connection = shown?.cases;
  const first = (page - 1) * PAGE_SIZE + 1;

  return (
    <>
      <CaseListFilters onSearch={search} busy={loading} />
      <section className="section" aria-labelledby="case-list-heading" aria-busy={loading || undefined}>
        <div className="section-header">
          <h2 id="case-list-heading">{t('heading')}</h2>
          {connection && <span className="summary">{t('summary', { count: connection.totalCount })}</span>}
        </div>
        {error ? (
          <ErrorState message={errorMessage(error)} onRetry={apiErrorCode(error) === 'BAD_USER_INPUT' ? undefined : retry} />
        ) : !connection ? (
          <LoadingState label={t('loading')} />
        ) : connection.edges.length === 0 ? (
          <EmptyState title={t('emptyTitle')}>{t('emptyHint')}</EmptyState>
        ) : (
          <>
            <CaseListTable
              cases={connection.edges.map((edge) => edge.node)}
              caption={t('caption', { from: first, to: first + connection.edges.length - 1, total: connection.totalCount })}
            />
            <CursorPager messages="case.list" pages={pages} pageInfo={connection.pageInfo} busy={loading} status={t('page', { page })} />
          </>
        )}
      </section>
    </>
  );
}
