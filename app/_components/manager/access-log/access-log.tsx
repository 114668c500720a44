'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { apiErrorCode, useApiErrorMessage } from '../../ui/api-error';
import { EmptyState, ErrorState, LoadingState } from '../../ui/query-state';
import { ACCESS_LOG } from './access-log-queries';
import { apiFilterOf, type AccessLogParams } from './access-log-params';
import { AccessLogTable } from './access-log-table';

const PAGE_SIZE = 50;

/** The access log under the page's filter, newest first, a page at a time. */
export function AccessLog({ params }: { params: AccessLogParams }) {
  const t = useTranslations('accessLog.list');
  const errorMessage = useApiErrorMessage();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(ACCESS_LOG, {
    variables: { filter: apiFilterOf(params), first: PAGE_SIZE, after },
    fetchPolicy: 'network-only',
  });
  const connection = (data ?? previousData)?.accessLog;
  const page = cursors.length;
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
        <EmptyState title={filtered ? t('emptyFiltered') : t('emptyAll')}>{filtered && <Link href="/manager/access-log">{t('showAll')}</Link>}</EmptyState>
      ) : (
        <>
          <AccessLogTable entries={connection.edges.map((edge) => edge.node)} page={page} />
          {(page > 1 || connection.pageInfo.hasNextPage) && (
            <Pager
              page={page}
              busy={loading}
              hasNext={connection.pageInfo.hasNextPage}
              onPrevious={() => setCursors((list) => list.slice(0, -1))}
              onNext={() => setCursors((list) => [...list, connection.pageInfo.endCursor ?? null])}
            />
          )}
        </>
      )}
    </section>
  );
}

// Shown only when there is more than one page.
function Pager(props: { page: number; busy: boolean; hasNext: boolean; onPrevious: () => void; onNext: () => void }) {
  const t = useTranslations('accessLog.list');
  return (
    <nav className="pager" aria-label={t('pager')}>
      <button type="button" className="button button-secondary" disabled={props.page === 1 || props.busy} onClick={props.onPrevious}>
        {t('previous')}
      </button>
      <span className="muted" aria-live="polite">
        {props.busy ? t('loading') : t('page', { page: props.page })}
      </span>
      <button type="button" className="button button-secondary" disabled={!props.hasNext || props.busy} onClick={props.onNext}>
        {t('next')}
      </button>
    </nav>
  );
}
