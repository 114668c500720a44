'use client';

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '@/graphql/generated/client';
import type { CaseFilter } from '@/graphql/generated/client/graphql';
import { apiErrorCode, apiErrorMessage } from '../api-error';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-state';
import { CaseListFilters } from './case-list-filters';
import { CaseListTable } from './case-list-table';

const PAGE_SIZE = 20;

const AGENT_CASES = graphql(`
  query AgentCases($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CaseListRow
        }
      }
    }
  }
`);

/** The agent's cases with filters, newest first, a page at a time. */
export function CaseList() {
  const [filter, setFilter] = useState<CaseFilter>({});
  // The cursors that opened each page so far; the last one is the page on screen.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(AGENT_CASES, {
    variables: { filter, first: PAGE_SIZE, after },
    // Cases change under the agent's feet (operators, other agents): always ask.
    fetchPolicy: 'cache-and-network',
  });
  const retry = () => void refetch().catch(() => undefined);
  const shown = data ?? previousData;

  function search(next: CaseFilter) {
    setFilter(next);
    setCursors([null]);
  }

  const connection = shown?.cases;
  const page = cursors.length;
  const first = (page - 1) * PAGE_SIZE + 1;

  return (
    <>
      <CaseListFilters onSearch={search} busy={loading} />
      <section className="section" aria-labelledby="case-list-heading">
        <div className="section-header">
          <h2 id="case-list-heading">상담 목록</h2>
          {connection && <span className="summary">상담 {connection.totalCount}건</span>}
        </div>
        {error ? (
          <ErrorState
            message={apiErrorMessage(error)}
            onRetry={apiErrorCode(error) === 'BAD_USER_INPUT' ? undefined : retry}
          />
        ) : !connection ? (
          <LoadingState label="상담을 불러오는 중…" />
        ) : connection.edges.length === 0 ? (
          <EmptyState title="조건에 맞는 상담이 없습니다.">필터를 바꾸거나 “새 상담”으로 상담을 접수하세요.</EmptyState>
        ) : (
          <>
            <CaseListTable
              cases={connection.edges.map((edge) => edge.node)}
              caption={`${first}–${first + connection.edges.length - 1}번째 (전체 ${connection.totalCount}건, 최근 접수 순)`}
            />
            <nav className="pager" aria-label="상담 목록 페이지">
              <button
                type="button"
                className="button button-secondary"
                disabled={page === 1 || loading}
                onClick={() => setCursors((list) => list.slice(0, -1))}
              >
                이전
              </button>
              <span className="muted">{page}쪽</span>
              <button
                type="button"
                className="button button-secondary"
                disabled={!connection.pageInfo.hasNextPage || loading}
                onClick={() => setCursors((list) => [...list, connection.pageInfo.endCursor ?? null])}
              >
                다음
              </button>
            </nav>
          </>
        )}
      </section>
    </>
  );
}
