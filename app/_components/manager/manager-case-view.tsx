'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { apiErrorCode, apiErrorMessage } from '../api-error';
import { CaseHeader, type CaseLinks } from '../case/case-header';
import { AGENT_CASE } from '../case/case-queries';
import { CaseTimeline } from '../case/case-timeline';
import { RefundList } from '../case/refund-list';
import { SmsPreviewCard } from '../case/sms-preview-card';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-state';

const MANAGER_LINKS: CaseLinks = { list: '/manager/cases', caseHref: (id) => `/manager/cases/${id}` };

/**
 * One case as a manager reads it: the same facts, timeline, refunds and texts the agent sees,
 * without the agent's actions. Reached from a report figure through the case list.
 */
export function ManagerCaseView({ caseId }: { caseId: string }) {
  const { data, error, refetch } = useQuery(AGENT_CASE, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const kase = data?.case;

  if (!kase) {
    if (error && apiErrorCode(error) !== 'NOT_FOUND') {
      return <ErrorState message={apiErrorMessage(error)} onRetry={() => void refetch().catch(() => undefined)} />;
    }
    if (error || data) {
      return (
        <EmptyState title="상담을 찾을 수 없습니다.">
          <Link href="/manager">현황으로 돌아가기</Link>
        </EmptyState>
      );
    }
    return <LoadingState label="상담을 불러오는 중…" />;
  }

  return (
    <div className="page">
      <CaseHeader kase={kase} links={MANAGER_LINKS} />
      <div className="workspace">
        <div className="workspace-main">
          <CaseTimeline kase={kase} />
        </div>
        <aside className="workspace-side" aria-label="보상과 문자">
          {kase.refunds.length > 0 && (
            <section className="card" aria-labelledby="manager-case-refunds">
              <h2 id="manager-case-refunds">환불</h2>
              <RefundList refunds={kase.refunds} />
            </section>
          )}
          <SmsPreviewCard kase={kase} />
        </aside>
      </div>
    </div>
  );
}
