'use client';

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { apiErrorMessage } from '../../api-error';
import { EmptyState, ErrorState, LoadingState } from '../../ui/query-state';
import { TargetRow } from './target-row';
import { RESPONSE_TARGETS } from './target-queries';
import styles from './targets.module.css';
import { ActionFeedback } from '../../ui/action-feedback';

/** Every operator's response targets, each row editable in place, with one line of feedback. */
export function ResponseTargets() {
  const { data, error, refetch } = useQuery(RESPONSE_TARGETS, { fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const retry = () => void refetch().catch(() => undefined);

  return (
    <>
      <ActionFeedback state={{ done, error: failure }} />
      {error && !data ? (
        <ErrorState message={apiErrorMessage(error)} onRetry={retry} />
      ) : !data ? (
        <LoadingState label="처리 목표를 불러오는 중…" />
      ) : data.responseTargets.length === 0 ? (
        <EmptyState title="등록된 운영사가 없습니다.">운영사가 등록되면 여기에서 처리 목표를 정할 수 있습니다.</EmptyState>
      ) : (
        <div className="card table-card">
          <table className={`table table-stack ${styles.table}`}>
            <caption>운영사 이름 순, {data.responseTargets.length.toLocaleString('ko-KR')}곳</caption>
            <thead>
              <tr>
                <th scope="col" className={styles.colOperator}>운영사</th>
                <th scope="col" className={styles.colTarget}>출차 확인 목표</th>
                <th scope="col" className={styles.colTarget}>차량등록 완료 목표</th>
                <th scope="col" className={styles.colBasis}>기준</th>
                <th scope="col" className={styles.colActions}>
                  <span className="visually-hidden">저장</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.responseTargets.map((row) => (
                <TargetRow
                  key={row.operator.id}
                  row={row}
                  onSaved={(message) => {
                    setFailure(null);
                    setDone(message);
                  }}
                  onFailed={(message) => {
                    setDone(null);
                    setFailure(message);
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
