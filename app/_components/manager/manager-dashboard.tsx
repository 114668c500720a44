'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import { isMonth, kstMonthOf, previousMonth } from '@/lib/domain/kst-month';
import { useApiErrorMessage } from '../ui/api-error';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-state';
import { HeadlineFigures } from './headline-figures';
import { preloadCharts } from './lazy-charts';
import { LotOmissionTable } from './lot-omission-table';
import { MANAGER_REPORT, TOP_LOTS } from './manager-report-query';
import { OmissionHeatmap } from './omission-heatmap';
import { OperatorScorecard } from './operator-scorecard';
import { RepeatCustomersTable } from './repeat-customers-table';
import { useReportFormat } from './report-format';
import { UnverifiedContacts } from './unverified-contacts';
import { TrendChart } from './trend-chart';
import { WorseningLots } from './worsening-lots';
import styles from './dashboard.module.css';

/** The manager's monthly report: headline figures, the 12-month trend, lots, operators, repeat customers, the lot × month heat map. */
export function ManagerDashboard() {
  const id = useId();
  const t = useTranslations('managerDashboard.report');
  const format = useReportFormat();
  const errorMessage = useApiErrorMessage();
  const [month, setMonth] = useState(() => kstMonthOf(new Date()));
  const { data, previousData, loading, error, refetch } = useQuery(MANAGER_REPORT, {
    variables: { month, previous: previousMonth(month), topLots: TOP_LOTS },
    fetchPolicy: 'cache-and-network',
  });
  // The charts' code is fetched alongside the report, not after it.
  useEffect(preloadCharts, []);
  const retry = () => void refetch().catch(() => undefined);
  const shown = data ?? previousData;
  const report = shown?.repeatOmissionReport;
  const empty = !!shown && shown.repeatOmissionReport.rows.length === 0 && shown.operatorOmissionReport.length === 0;
  // Another month was picked and its report is on the way: the last one stays until it comes.
  const refreshing = loading && !!report && report.month !== month;

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <div className={`section-header ${styles.mgrReportHeader}`}>
        <h2 id={`${id}-heading`}>{t('heading', { month: format.month(month) })}</h2>
        <div className={`field ${styles.mgrMonthField}`}>
          <label htmlFor={`${id}-month`}>{t('monthLabel')}</label>
          <input
            id={`${id}-month`}
            className="input"
            type="month"
            value={month}
            max={kstMonthOf(new Date())}
            aria-describedby={`${id}-month-status`}
            onChange={(event) => {
              // A cleared or half-typed month keeps the report on screen as it was.
              if (isMonth(event.target.value)) setMonth(event.target.value);
            }}
          />
          <span id={`${id}-month-status`} className={styles.mgrMonthStatus} role="status">
            {refreshing ? (
              <>
                <span className={styles.mgrSpinner} aria-hidden="true" />
                {t('refreshing', { month: format.month(month) })}
              </>
            ) : report && !error ? (
              <span className="visually-hidden">{t('loaded', { month: format.month(report.month) })}</span>
            ) : null}
          </span>
        </div>
      </div>
      {error ? (
        <ErrorState message={errorMessage(error)} onRetry={retry} />
      ) : !shown || !report ? (
        // As tall as a screen: the sections below stay out of view until the report takes its place.
        <div className={styles.mgrReportLoading}>
          <LoadingState label={t('loading')} />
        </div>
      ) : (
        <div aria-busy={loading} className={styles.mgrReport}>
          <HeadlineFigures report={shown} />
          <TrendChart month={report.month} points={shown.monthlyTrend} />
          {empty ? (
            <EmptyState title={t('emptyTitle')}>{t('emptyHint')}</EmptyState>
          ) : (
            <>
              {/* Keyed by month and cursor: "모두 보기" starts over for each report shown. */}
              <LotOmissionTable key={`${report.month}:${report.pageInfo.endCursor ?? ''}`} month={report.month} report={report} />
              <OperatorScorecard month={report.month} rows={shown.operatorOmissionReport} times={shown.responseTimes.byOperator} />
              <RepeatCustomersTable month={report.month} rows={shown.repeatCustomers} />
            </>
          )}
          <OmissionHeatmap month={report.month} heatmap={shown.omissionHeatmap} />
          <WorseningLots month={report.month} lots={shown.worseningLots} />
          <UnverifiedContacts month={report.month} />
        </div>
      )}
    </section>
  );
}
