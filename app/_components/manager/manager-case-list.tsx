'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { graphql } from '@/graphql/generated/client';
import type { CaseFilter } from '@/graphql/generated/client/graphql';
import { CaseListTable } from '../case/case-list-table';
import { useCasePages } from '../case/use-case-pages';
import { BulkBar } from './bulk/bulk-bar';
import { CursorPager } from '../ui/cursor-pager';
import { EmptyState } from '../ui/query-state';
import { PagedListView } from '../ui/paged-list-view';
import { useReportFormat } from './report-format';
import styles from './dashboard.module.css';
import { DataText } from '../ui/data-text';

const MANAGER_CASES = graphql(`
  query ManagerCases($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      ...CaseListPage
      edges {
        node {
          agent {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * The cases behind a report figure; the filter comes from the page's URL. The bulk bar acts on
 * every case the filter matches; `exportHref` is the CSV route with the same filter.
 */
export function ManagerCaseList({ filter, exportHref }: { filter: CaseFilter; exportHref: string }) {
  const t = useTranslations('managerCases.list');
  const tPage = useTranslations('managerCases.page');
  const tLabels = useTranslations('labels');
  const tCommon = useTranslations('common');
  const format = useReportFormat();
  const paged = useCasePages(MANAGER_CASES, filter);
  const { pages, connection, loading, retry } = paged;
  const { page } = pages;
  // After a bulk change the first page is read again: the rows may have new owners.
  const reload = () => {
    pages.reset();
    retry();
  };
  const lotName = connection?.edges[0]?.node.lot.name;
  const described = [
    filter.lotId ? (lotName ?? t('selectedLot')) : t('allLots'),
    filter.month ? format.month(filter.month) : null,
    filter.kind ? tLabels(`vocKindShort.${filter.kind}`) : null,
  ].filter(Boolean);

  return (
    <section className="section" aria-labelledby="manager-cases-heading">
      <PagedListView
        headingId="manager-cases-heading"
        heading={described.join(' · ')}
        summary={(count) => t('total', { count })}
        paged={paged}
        loadingLabel={t('loading')}
        empty={
          <EmptyState title={t('empty')}>
            <Link href="/manager">{tPage('back')}</Link>
          </EmptyState>
        }
      >
        {(connection) => (
          <>
            <BulkBar filter={filter} totalCount={connection.totalCount} exportHref={exportHref} onFinished={reload} />
            <div className={styles.mgrCaseTable} aria-busy={loading}>
              <CaseListTable
                cases={connection.edges.map(({ node }) => node)}
                caption={t('caption', { page })}
                caseHref={(id) => `/manager/cases/${id}`}
                extraColumn={{ header: t('agent'), cell: (node) => <DataText>{node.agent.name}</DataText> }}
              />
            </div>
            {/* While another page is on its way the old one stays, and this says so. */}
            <CursorPager
              messages="managerCases.list"
              pages={pages}
              pageInfo={connection.pageInfo}
              busy={loading}
              live="status"
              busyStatus={tCommon('loading')}
            />
          </>
        )}
      </PagedListView>
    </section>
  );
}
