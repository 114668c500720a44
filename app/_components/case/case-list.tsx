'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { graphql } from '@/graphql/generated/client';
import type { CaseFilter } from '@/graphql/generated/client/graphql';
import { CursorPager } from '../ui/cursor-pager';
import { EmptyState } from '../ui/query-state';
import { PagedListView } from '../ui/paged-list-view';
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
  const paged = useCasePages(AGENT_CASES, filter);
  const { pages, loading } = paged;
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
        <PagedListView
          headingId="case-list-heading"
          heading={t('heading')}
          summary={(count) => t('summary', { count })}
          paged={paged}
          loadingLabel={t('loading')}
          empty={<EmptyState title={t('emptyTitle')}>{t('emptyHint')}</EmptyState>}
        >
          {(connection) => (
            <>
              <CaseListTable
                cases={connection.edges.map((edge) => edge.node)}
                caption={t('caption', { from: first, to: first + connection.edges.length - 1, total: connection.totalCount })}
              />
              <CursorPager messages="case.list" pages={pages} pageInfo={connection.pageInfo} busy={loading} />
            </>
          )}
        </PagedListView>
      </section>
    </>
  );
}
