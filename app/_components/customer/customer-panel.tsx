'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useApiErrorMessage } from '../ui/api-error';
import { formatInstant } from '../ui/format';
import { useFormat } from '../ui/use-format';
import { Badge, type BadgeTone } from '../ui/badge';
import { ErrorState, LoadingState } from '../ui/query-state';
import { CaseStatusBadge, RefundStatusBadge, VocKindBadge } from '../ui/status-badges';
import styles from './customer-panel.module.css';
import { useCustomerHistory, type CustomerHistory, type CustomerHistoryTarget, type HistoryCase } from './use-customer-history';
import { DataText } from '../ui/data-text';

const COUNT_TONE: Record<HistoryCase['omissionCount'], BadgeTone> = {
  COUNTED: 'warning',
  DUPLICATE: 'neutral',
  OTHER_KIND: 'outline',
  NOT_VERIFIED: 'outline',
};

interface CustomerPanelProps extends CustomerHistoryTarget {
  /** Where a case's code leads (the agent's workspace or the manager's view). */
  caseHref: (id: string) => string;
  /** The case on screen, marked in the list. */
  currentCaseId?: string;
  /** The id of the heading, unique on the page. */
  headingId?: string;
}

/**
 * The customer's history beside the form or the case: this KST month's counted omissions,
 * every case and why it counts or not, coupons, refunds and requests still open.
 */
export function CustomerPanel({ caseHref, currentCaseId, headingId = 'customer-history-heading', ...target }: CustomerPanelProps) {
  const t = useTranslations('customerHistory.panel');
  const errorMessage = useApiErrorMessage();
  const { data, error, refetch } = useCustomerHistory(target);
  const history = data?.customerHistory;

  return (
    <section className={`card ${styles.panel}`} aria-labelledby={headingId} data-testid="customer-panel">
      <h2 id={headingId}>{t('heading')}</h2>
      {history ? (
        <HistoryBody history={history} caseHref={caseHref} currentCaseId={currentCaseId} />
      ) : error ? (
        <ErrorState message={t('failed', { message: errorMessage(error) })} onRetry={() => void refetch().catch(() => undefined)} />
      ) : data ? (
        <p className="muted">{t('notFound')}</p>
      ) : (
        <LoadingState label={t('loading')} />
      )}
    </section>
  );
}

function HistoryBody({
  history,
  caseHref,
  currentCaseId,
}: {
  history: CustomerHistory;
  caseHref: (id: string) => string;
  currentCaseId?: string;
}) {
  const t = useTranslations('customerHistory.panel');
  const format = useFormat();
  return (
    <>
      <p className={styles.summary} data-testid="customer-month-omissions">
        <span>{t('monthOmissions', { month: history.month, count: history.countedOmissionsThisMonth })}</span>
        <span className={`muted ${styles.hint}`}>{t('monthOmissionsHint')}</span>
      </p>
      {history.cases.length === 0 ? (
        <p className="muted">{t('noCases')}</p>
      ) : (
        <ul className={styles.cases} aria-label={t('casesCaption')}>
          {history.cases.map((c) => (
            <li
              key={c.id}
              className={c.id === currentCaseId ? styles.current : undefined}
              aria-current={c.id === currentCaseId || undefined}
            >
              <span className={styles.caseHead}>
                <Link className={styles.code} href={caseHref(c.id)}>
                  {c.code}
                </Link>
                {c.id === currentCaseId && <span className="muted">({t('thisCase')})</span>}
                <CaseStatusBadge status={c.status} />
                <Badge tone={COUNT_TONE[c.omissionCount]} title={t('columns.counted')}>
                  {t(`count.${c.omissionCount}`, { code: c.duplicateOfCode ?? '' })}
                </Badge>
              </span>
              <span className="muted">
                {formatInstant(c.incidentAt)} · <DataText>{c.lotName}</DataText>
              </span>
              <span>
                <VocKindBadge kind={c.kind} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {history.totalCases > history.cases.length && (
        <p className="muted">{t('casesMore', { shown: history.cases.length, total: history.totalCases })}</p>
      )}
      <HistoryGroup
        heading={t('coupons')}
        empty={t('noCoupons')}
        items={history.coupons}
        itemKey={(coupon) => `${coupon.caseId}-${coupon.issuedAt}`}
      >
        {(coupon) => t('couponLine', { month: coupon.month, amount: format.won(coupon.amount), code: coupon.caseCode })}
      </HistoryGroup>
      <HistoryGroup
        heading={t('refunds')}
        empty={t('noRefunds')}
        items={history.refunds}
        itemKey={(refund) => `${refund.caseId}-${refund.proposedAt}`}
      >
        {(refund) => (
          <>
            <RefundStatusBadge status={refund.status} /> {t('refundLine', { amount: format.won(refund.amount), code: refund.caseCode })}
          </>
        )}
      </HistoryGroup>
      <HistoryGroup
        heading={t('openRequests')}
        empty={t('noOpenRequests')}
        items={history.openRequests}
        itemKey={(request) => `${request.kind}-${request.caseId}-${request.requestedAt}`}
      >
        {(request) => (
          <>
            {t(`requestKind.${request.kind}`)} · {request.caseCode} ·{' '}
            <time className="nowrap" dateTime={request.requestedAt}>
              {formatInstant(request.requestedAt)}
            </time>
          </>
        )}
      </HistoryGroup>
    </>
  );
}

interface HistoryGroupProps<T> {
  heading: string;
  /** Said instead of the list when there is nothing of this kind. */
  empty: string;
  items: readonly T[];
  itemKey: (item: T) => string;
  children: (item: T) => ReactNode;
}

/** One kind of the customer's history under its heading, or a sentence saying there is none. */
function HistoryGroup<T>({ heading, empty, items, itemKey, children }: HistoryGroupProps<T>) {
  return (
    <div className={styles.group}>
      <h3>{heading}</h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={itemKey(item)}>{children(item)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
