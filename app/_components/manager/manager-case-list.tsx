'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import { graphql } from '@/graphql/generated/client';
import type { CaseFilter } from '@/graphql/generated/client/graphql';
import { apiErrorCode, apiErrorMessage } from '../api-error';
import { CaseListTable } from '../case/case-list-table';
import { VOC_KIND_SHORT } from '../case/case-labels';
import { BulkBar } from './bulk/bulk-bar';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-state';
import { formatMonth } from './report-format';

const PAGE_SIZE = 20;

const MANAGER_CASES = graphql(`
  query ManagerCases($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CaseListRow
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
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(MANAGER_CASES, {
    variables: { filter, first: PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });
  const retry = () => void refetch().catch(() => undefined);
  // After a bulk change the first page is read again: the rows may have new owners.
  const reload = () => {
    setCursors([null]);
    retry();
  };
  const connection = (data ?? previousData)?.cases;
  const page = cursors.length;
  const lotName = connection?.edges[0]?.node.lot.name;
  const described = [
    filter.lotId ? (lotName ?? '선택한 주차장') : '전체 주차장',
    filter.month ? formatMonth(filter.month) : null,
    filter.kind ? VOC_KIND_SHORT[filter.kind] : null,
  ].filter(Boolean);

  return (
    <section className="section" aria-labelledby="manager-cases-heading">
      <div className="section-header">
        <h2 id="manager-cases-heading">{described.join(' · ')}</h2>
        {connection && <span className="summary">상담 {connection.totalCount}건</span>}
      </div>
      {error ? (
        <ErrorState message={apiErrorMessage(error)} onRetry={apiErrorCode(error) === 'BAD_USER_INPUT' ? undefined : retry} />
      ) : !connection ? (
        <LoadingState label="상담을 불러오는 중…" />
      ) : connection.edges.length === 0 ? (
        <EmptyState title="조건에 맞는 상담이 없습니다.">
          <Link href="/manager">현황으로 돌아가기</Link>
        </EmptyState>
      ) : (
        <>
          <BulkBar filter={filter} totalCount={connection.totalCount} exportHref={exportHref} onFinished={reload} />
          <CaseListTable
            cases={connection.edges.map(({ node }) => node)}
            caption={`최근 접수 순, ${page}쪽`}
            caseHref={(id) => `/manager/cases/${id}`}
            extraColumn={{ header: '담당 상담사', cell: (node) => node.agent.name }}
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
  );
}
