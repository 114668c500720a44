'use client';

import { useQuery } from '@apollo/client/react';
import { apiErrorMessage } from '../api-error';
import { formatDate, formatWon } from '../format';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-state';
import { POLICY_VERSIONS } from './policy-queries';

/** The policy versions, newest first; the one in force today (KST) is marked. */
export function PolicyTable() {
  const { data, error, refetch } = useQuery(POLICY_VERSIONS, { fetchPolicy: 'cache-and-network' });
  const retry = () => void refetch().catch(() => undefined);

  if (error && !data) return <ErrorState message={apiErrorMessage(error)} onRetry={retry} />;
  if (!data) return <LoadingState label="보상 정책을 불러오는 중…" />;
  if (data.policyVersions.length === 0) return <EmptyState title="등록된 보상 정책이 없습니다." />;

  const today = formatDate(new Date());
  const versions = [...data.policyVersions].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  const current = versions.find((version) => version.effectiveFrom <= today);

  return (
    <div className="card table-card">
      <table className="table table-stack policy-versions-table">
        <caption>시행일이 늦은 순</caption>
        <thead>
          <tr>
            <th scope="col">시행일</th>
            <th scope="col" className="numeric">쿠폰 금액</th>
            <th scope="col">반복 기준</th>
            <th scope="col">월 지급 한도</th>
            <th scope="col">메모</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => {
            const isCurrent = version.id === current?.id;
            return (
              <tr key={version.id} className={isCurrent ? 'policy-current' : undefined}>
                <th scope="row" data-label="시행일" className="nowrap">
                  <span>
                    {formatDate(version.effectiveFrom)}{' '}
                    {isCurrent && <span className="badge badge-success">현재 적용</span>}
                    {version.effectiveFrom > today && <span className="badge badge-neutral">예정</span>}
                  </span>
                </th>
                <td data-label="쿠폰 금액" className="numeric">{formatWon(version.couponAmount)}</td>
                <td data-label="반복 기준" className="nowrap">월 {version.repeatThreshold}회 이상</td>
                <td data-label="월 지급 한도" className="nowrap">월 {version.couponsPerMonth}회</td>
                <td data-label="메모">{version.note || <span className="muted">—</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
