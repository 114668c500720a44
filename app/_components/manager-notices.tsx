'use client';

import { useQuery } from '@apollo/client/react';
import { graphql } from '@/graphql/generated/client';
import { apiErrorMessage } from './api-error';
import { formatInstant } from './format';
import { EmptyState, ErrorState, LoadingState } from './ui/query-state';

const MANAGER_NOTICES = graphql(`
  query ManagerNotices {
    managerNotices(first: 10) {
      id
      message
      createdAt
      case {
        id
        code
      }
    }
  }
`);

/** Requests that went past their operator's target: what a manager should look at first. */
export function ManagerNotices() {
  const { data, loading, error, refetch } = useQuery(MANAGER_NOTICES, { pollInterval: 30_000 });
  const retry = () => void refetch().catch(() => undefined);

  return (
    <section className="section" aria-labelledby="notices-heading">
      <h2 id="notices-heading">처리 지연 알림</h2>
      {loading && !data ? (
        <LoadingState />
      ) : error ? (
        <ErrorState message={apiErrorMessage(error)} onRetry={retry} />
      ) : !data?.managerNotices.length ? (
        <EmptyState title="목표 시간을 넘긴 요청이 없습니다." />
      ) : (
        <ul className="card notice-list">
          {data.managerNotices.map((notice) => (
            <li key={notice.id}>
              <span className="badge badge-danger">지연</span>
              <span>{notice.message}</span>
              <span className="muted">
                {formatInstant(notice.createdAt)}
                {notice.case && ` · ${notice.case.code}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
