'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import { apiErrorCode, apiErrorMessage } from '../../api-error';
import { EmptyState, ErrorState, LoadingState } from '../../ui/query-state';
import { ACCESS_LOG } from './access-log-queries';
import { apiFilterOf, type AccessLogParams } from './access-log-params';
import { AccessLogTable } from './access-log-table';

const PAGE_SIZE = 50;
const COUNT = new Intl.NumberFormat('ko-KR');

/** The access log under the page's filter, newest first, a page at a time. */
export function AccessLog({ params }: { params: AccessLogParams }) {
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
        <h2 id="access-log-heading">{filtered ? '검색 결과' : '전체 기록'}</h2>
        {connection && <span className="summary">기록 {COUNT.format(connection.totalCount)}건</span>}
      </div>
      {error ? (
        apiErrorCode(error) === 'BAD_USER_INPUT' ? (
          <ErrorState message={`검색 조건을 확인해 주세요: ${apiErrorMessage(error)}`} />
        ) : (
          <ErrorState message={apiErrorMessage(error)} onRetry={() => void refetch().catch(() => undefined)} />
        )
      ) : !connection ? (
        <LoadingState label="접근 기록을 불러오는 중…" />
      ) : connection.edges.length === 0 ? (
        <EmptyState title={filtered ? '조건에 맞는 접근 기록이 없습니다.' : '아직 접근 기록이 없습니다.'}>
          {filtered && <Link href="/manager/access-log">조건 없이 전체 기록 보기</Link>}
        </EmptyState>
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
  return (
    <nav className="pager" aria-label="접근 기록 페이지">
      <button type="button" className="button button-secondary" disabled={props.page === 1 || props.busy} onClick={props.onPrevious}>
        이전
      </button>
      <span className="muted">{props.page}쪽</span>
      <button type="button" className="button button-secondary" disabled={!props.hasNext || props.busy} onClick={props.onNext}>
        다음
      </button>
    </nav>
  );
}
