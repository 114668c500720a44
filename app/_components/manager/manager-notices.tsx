'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { graphql } from '@/graphql/generated/client';
import { useApiErrorMessage } from '../ui/api-error';
import { formatInstant } from '../ui/format';
import { Badge } from '../ui/badge';
import { ReasonText } from '../ui/reason-text';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-state';
import styles from './dashboard.module.css';

const MANAGER_NOTICES = graphql(`
  query ManagerNotices {
    managerNotices(first: 10) {
      id
      message
      reason {
        code
        params
      }
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
  const t = useTranslations('managerDashboard.notices');
  const errorMessage = useApiErrorMessage();
  const { data, loading, error, refetch } = useQuery(MANAGER_NOTICES, { pollInterval: 30_000 });
  const retry = () => void refetch().catch(() => undefined);

  return (
    <section className="section" aria-labelledby="notices-heading">
      <h2 id="notices-heading">{t('heading')}</h2>
      {loading && !data ? (
        <LoadingState />
      ) : error ? (
        <ErrorState message={errorMessage(error)} onRetry={retry} />
      ) : !data?.managerNotices.length ? (
        <EmptyState title={t('empty')} />
      ) : (
        <ul className={`card ${styles.noticeList}`}>
          {data.managerNotices.map((notice) => (
            <li key={notice.id}>
              <Badge tone="danger">{t('overdue')}</Badge>
              <ReasonText text={notice.message} reason={notice.reason} />
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
