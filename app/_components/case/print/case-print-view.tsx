'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { apiErrorCode, useApiErrorMessage } from '../../ui/api-error';
import { formatInstant } from '../../ui/format';
import { EmptyState, ErrorState, LoadingState } from '../../ui/query-state';
import { CaseHeader } from '../case-header';
import { AGENT_CASE } from '../case-queries';
import { CaseTimeline } from '../case-timeline';
import { CouponList } from '../coupon-list';
import { ExitRequestList } from '../exit-request-panel';
import { RefundList } from '../refund-list';
import { RegistrationRequestList } from '../registration-panel';
import { SentMessages } from '../sms-preview-card';
import { PrintButton } from './print-button';
import { PrintPayments } from './print-payments';
import { PrintSection } from './print-section';
import styles from '../case.module.css';

/**
 * A case as a record on paper: its facts, timeline, on-site payments and receipts, coupons,
 * refunds, requests to the lot and texts sent. The same query and parts as the case page.
 */
export function CasePrintView({ caseId, backHref }: { caseId: string; backHref: string }) {
  const t = useTranslations('print');
  const brand = useTranslations('common')('brand');
  const errorMessage = useApiErrorMessage();
  const [printedAt] = useState(() => new Date());
  const { data, error, refetch } = useQuery(AGENT_CASE, { variables: { id: caseId }, fetchPolicy: 'network-only' });
  const kase = data?.case;

  const toolbar = (
    <div className={styles.printToolbar}>
      <Link href={backHref}>{t('back')}</Link>
      {kase && <PrintButton />}
    </div>
  );

  if (!kase) {
    const body =
      error && apiErrorCode(error) !== 'NOT_FOUND' ? (
        <ErrorState message={errorMessage(error)} onRetry={() => void refetch().catch(() => undefined)} />
      ) : error || data ? (
        <EmptyState title={t('notFound')}>{t('notFoundHint')}</EmptyState>
      ) : (
        <LoadingState label={t('loading')} />
      );
    return (
      <div className="page">
        {toolbar}
        <h1 className="visually-hidden">{t('title')}</h1>
        {body}
      </div>
    );
  }

  const requests = kase.exitRequests.length + kase.registrationRequests.length;
  return (
    <div className={`page ${styles.printRecord}`}>
      {toolbar}
      <p className="print-meta muted">{t('printedAt', { brand, at: formatInstant(printedAt) })}</p>
      <CaseHeader kase={kase} links={{ list: null, caseHref: (id) => `/cases/${id}/print` }} printLink={false} />
      {kase.outcome && (
        <section className="card print-outcome" aria-labelledby="print-outcome-heading">
          <h2 id="print-outcome-heading">{t('outcome')}</h2>
          <p className={styles.preLine} lang="ko">
            {kase.outcome}
          </p>
          {kase.resolvedAt && <p className="muted">{formatInstant(kase.resolvedAt)}</p>}
        </section>
      )}
      <div className={styles.printSection}>
        <CaseTimeline kase={kase} />
      </div>
      <PrintSection id="print-payments" heading={t('payments.heading')} empty={kase.onsitePayments.length ? null : t('payments.empty')}>
        <PrintPayments payments={kase.onsitePayments} />
      </PrintSection>
      <PrintSection id="print-coupons" heading={t('coupons.heading')} empty={kase.coupons.length ? null : t('coupons.empty')}>
        <CouponList coupons={kase.coupons} />
      </PrintSection>
      <PrintSection id="print-refunds" heading={t('refunds.heading')} empty={kase.refunds.length ? null : t('refunds.empty')}>
        <RefundList refunds={kase.refunds} />
      </PrintSection>
      <PrintSection id="print-requests" heading={t('requests.heading')} empty={requests ? null : t('requests.empty')}>
        {kase.exitRequests.length > 0 && <ExitRequestList requests={kase.exitRequests} />}
        {kase.registrationRequests.length > 0 && <RegistrationRequestList requests={kase.registrationRequests} />}
      </PrintSection>
      <PrintSection id="print-texts" heading={t('texts.heading')} empty={null}>
        <SentMessages kase={kase} />
      </PrintSection>
    </div>
  );
}
