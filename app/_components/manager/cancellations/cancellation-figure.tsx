'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useApiErrorMessage } from '../../ui/api-error';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { useReportFormat } from '../report-format';
import { PAYMENT_CANCELLATION_FIGURES } from './cancellation-queries';
import styles from '../dashboard.module.css';

/** The cancellation queue on the manager's dashboard: waiting, overdue, settled this month; links to the queue. */
export function CancellationFigure() {
  const t = useTranslations('cancellations.figure');
  const format = useReportFormat();
  const errorMessage = useApiErrorMessage();
  const { data, error, refetch } = useQuery(PAYMENT_CANCELLATION_FIGURES, { fetchPolicy: 'cache-and-network', pollInterval: 60_000 });
  const figures = data?.paymentCancellationFigures;

  return (
    <section className="section" aria-labelledby="cancellation-figure-heading">
      <div className="section-header">
        <h2 id="cancellation-figure-heading">{t('heading')}</h2>
        <Link href="/manager/cancellations">{t('link')}</Link>
      </div>
      {error && !figures ? (
        <ErrorState message={errorMessage(error)} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !figures ? (
        <LoadingState label={t('loading')} />
      ) : (
        <dl className={styles.mgrFigures}>
          {[
            { key: 'open', label: t('open'), value: figures.open, late: false },
            { key: 'overdue', label: t('overdue'), value: figures.overdue, late: figures.overdue > 0 },
            {
              key: 'completed',
              label: t('completed', { month: format.month(figures.month) }),
              value: figures.completedThisMonth,
              late: false,
            },
            {
              key: 'rejected',
              label: t('rejected', { month: format.month(figures.month) }),
              value: figures.rejectedThisMonth,
              late: false,
            },
          ].map((figure) => (
            <div key={figure.key} className={`card ${styles.mgrFigure}`}>
              <dt>{figure.label}</dt>
              <dd className={figure.late ? `${styles.mgrFigureValue} ${styles.mgrChangeUp}` : styles.mgrFigureValue}>
                {format.count(figure.value)}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
