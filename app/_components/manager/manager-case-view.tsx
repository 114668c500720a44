'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { apiErrorCode, useApiErrorMessage } from '../ui/api-error';
import { CaseHeader, type CaseLinks } from '../case/case-header';
import { AGENT_CASE } from '../case/case-queries';
import { CaseSideTools } from '../case/case-side-tools';
import { CaseTimeline } from '../case/case-timeline';
import { CaseWorkspaceProvider } from '../case/case-workspace-context';
import { CouponList } from '../case/coupon-list';
import { RefundList } from '../case/refund-list';
import { SmsPreviewCard } from '../case/sms-preview-card';
import { CustomerPanel } from '../customer/customer-panel';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-state';
import caseStyles from '../case/case.module.css';

const MANAGER_LINKS: CaseLinks = { list: '/manager/cases', caseHref: (id) => `/manager/cases/${id}` };

/**
 * One case as a manager reads it: the same facts, timeline, refunds and texts the agent sees,
 * without the agent's actions. Reached from a report figure through the case list.
 */
export function ManagerCaseView({ caseId }: { caseId: string }) {
  const t = useTranslations('managerCases');
  const errorMessage = useApiErrorMessage();
  const { data, error, refetch } = useQuery(AGENT_CASE, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const kase = data?.case;
  const refresh = async () => {
    await refetch().catch(() => undefined);
  };

  if (!kase) {
    // Until the case is there the page still has its title, so it is never without a heading.
    return (
      <div className="page">
        <div className="page-header">
          <h1>{t('page.caseTitle')}</h1>
        </div>
        {error && apiErrorCode(error) !== 'NOT_FOUND' ? (
          <ErrorState message={errorMessage(error)} onRetry={() => void refetch().catch(() => undefined)} />
        ) : error || data ? (
          <EmptyState title={t('view.notFound')}>
            <Link href="/manager">{t('page.back')}</Link>
          </EmptyState>
        ) : (
          <LoadingState label={t('view.loading')} />
        )}
      </div>
    );
  }

  const workspace = { kase, refresh, reportConflict: refresh };
  return (
    <CaseWorkspaceProvider value={workspace}>
      <div className="page">
        <CaseHeader kase={kase} links={MANAGER_LINKS} />
        <div className={caseStyles.workspace}>
          <div className={caseStyles.workspaceMain}>
            <CaseTimeline kase={kase} />
          </div>
          <aside className={caseStyles.workspaceSide} aria-label={t('view.side')}>
            {/* A manager corrects the kind at any time (also of a closed case) and adds notes. */}
            <CaseSideTools manager />
            {kase.coupons.length > 0 && (
              <section className="card" aria-labelledby="manager-case-coupons">
                <h2 id="manager-case-coupons">{t('view.coupons')}</h2>
                <CouponList coupons={kase.coupons} />
              </section>
            )}
            {kase.refunds.length > 0 && (
              <section className="card" aria-labelledby="manager-case-refunds">
                <h2 id="manager-case-refunds">{t('view.refunds')}</h2>
                <RefundList refunds={kase.refunds} />
              </section>
            )}
            <CustomerPanel
              customerId={kase.customer.id}
              lotId={kase.lot.id}
              excludeCaseId={kase.id}
              currentCaseId={kase.id}
              caseHref={MANAGER_LINKS.caseHref}
            />
            <SmsPreviewCard kase={kase} />
          </aside>
        </div>
      </div>
    </CaseWorkspaceProvider>
  );
}
