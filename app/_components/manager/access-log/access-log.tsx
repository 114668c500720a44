'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { apiErrorCode, useApiErrorMessage } from '../../ui/api-error';
import { CursorPager, useCursorPages } from '../../ui/cursor-pager';
import { EmptyState, ErrorState, LoadingState } from '../../ui/query-state';
import { ACCESS_LOG } from './access-log-queries';
import { apiFilterOf, type AccessLogParams } from './access-log-params';
import { AccessLogTable } from './access-log-table';

const PAGE_SIZE = 50;

/** The access log under the page's filter, newest first, a page at a time. */
export function AccessLog({ params }: { params: AccessLogParams }) {
  const t = useTranslations('accessLog.list');
  const errorMessage = useApiErrorMessage();
  const pages = useCursorPages();
  const { after, page } = pages;
  const { data, previousData, loading, error, refetch } = useQuery(ACCESS_LOG, {
    variables: { filter: apiFilterOf(params), first: PAGE_SIZE, after },
    fetchPolicy: 'network-only',
  });
  const connection = (data ?? previousData)?.accessLog;
  const filtered = Object.values(params).some(Boolean);

  return (
    <section className="section" aria-labelledby="access-log-heading" aria-busy={loading}>
      <div className="section-header">
        <h2 id="access-log-heading">{filtered ? t('filtered') : t('all')}</h2>
        {connection && <span className="summary">{t('total', { count: connection.totalCount })}</span>}
      </div>
      {error ? (
        apiErrorCode(error) === 'BAD_USER_INPUT' ? (
          <ErrorState message={t('badFilter', { message: errorMessage(error) })} />
        ) : (
          <ErrorState message={errorMessage(error)} onRetry={() => void refetch().catch(() => undefined)} />
        )
      ) : !connection ? (
        <LoadingState label={t('loading')} />
      ) : connection.edges.length === 0 ? (
        <EmptyState title={filtered ? t('emptyFiltered') : t('emptyAll')}>
          {filtered && <Link href="/manager/access-log">{t('showAll')}</Link>}
        </EmptyState>
      ) : (
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
              status={loading ? t('loading') : t('page', { page })}
            />
          )}
        </>
      )}
    </section>
  );
}
