'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { CursorPager } from '../../ui/cursor-pager';
import { EmptyState } from '../../ui/query-state';
import { PagedListView } from '../../ui/paged-list-view';
import { usePagedQuery } from '../../ui/use-paged-query';
import { ACCESS_LOG } from './access-log-queries';
import { apiFilterOf, type AccessLogParams } from './access-log-params';
import { AccessLogTable } from './access-log-table';

const PAGE_SIZE = 50;

/** The access log under the page's filter, newest first, a page at a time. */
export function AccessLog({ params }: { params: AccessLogParams }) {
  const t = useTranslations('accessLog.list');
  const paged = usePagedQuery(ACCESS_LOG, {
    filter: apiFilterOf(params),
    pageSize: PAGE_SIZE,
    fetchPolicy: 'network-only',
    connectionOf: (data) => data.accessLog,
  });
  const { pages, loading } = paged;
  const { page } = pages;
  const filtered = Object.values(params).some(Boolean);

  return (
    <section className="section" aria-labelledby="access-log-heading" aria-busy={loading}>
      <PagedListView
        headingId="access-log-heading"
        heading={filtered ? t('filtered') : t('all')}
        summary={(count) => t('total', { count })}
        paged={paged}
        loadingLabel={t('loading')}
        badFilter={(message) => t('badFilter', { message })}
        empty={
          <EmptyState title={filtered ? t('emptyFiltered') : t('emptyAll')}>
            {filtered && <Link href="/manager/access-log">{t('showAll')}</Link>}
          </EmptyState>
        }
      >
        {(connection) => (
          <>
            <AccessLogTable entries={connection.edges.map((edge) => edge.node)} page={page} />
            {(page > 1 || connection.pageInfo.hasNextPage) && (
              // Shown only when there is more than one page.
              <CursorPager
                messages="accessLog.list"
                pages={pages}
                pageInfo={connection.pageInfo}
                busy={loading}
                live="polite"
                busyStatus={t('loading')}
              />
            )}
          </>
        )}
      </PagedListView>
    </section>
  );
}
