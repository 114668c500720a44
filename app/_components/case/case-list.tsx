'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { graphql } from '@/graphql/generated/client';
import type { CaseFilter } from '@/graphql/generated/client/graphql';
import { CursorPager } from '../ui/cursor-pager';
import { EmptyState, ListErrorState, LoadingState } from '../ui/query-state';
import { CaseListFilters } from './case-list-filters';
import { CaseListTable } from './case-list-table';
import { CASE_PAGE_SIZE, useCasePages } from './use-case-pages';

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
  const [filter, setFilter] = useState<CaseFilter>({});
  const { pages, connection, loading, error, retry } = useCasePages(AGENT_CASES, filter);
  const { page } = pages;

  function search(next: CaseFilter) {
    setFilter(next);
    pages.reset();
  }

  const first = (page - 1) * CASE_PAGE_SIZE + 1;

  return (
    <>
      <CaseListFilters onSearch={search} busy={loading} />
      <section className="section" aria-labelledby="case-list-heading" aria-busy={loading || undefined}>
        <div className="section-header">
          <h2 id="case-list-heading">{t('heading')}</h2>
          {connection && <span className="summary">{t('summary', { count: connection.totalCount })}</span>}
        </div>
        {error ? (
          <ListErrorState error={error} onRetry={retry} />
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
            <CursorPager messages="case.list" pages={pages} pageInfo={connection.pageInfo} busy={loading} />
          </>
        )}
      </section>
    </>
  );
}
