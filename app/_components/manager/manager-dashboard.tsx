'use client';

import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { isMonth, kstMonthOf, previousMonth } from '@/lib/domain/kst-month';
import { apiErrorMessage } from '../api-error';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-state';
import { HeadlineFigures } from './headline-figures';
import { LotOmissionTable } from './lot-omission-table';
import { MANAGER_REPORT } from './manager-report-query';
import { OmissionHeatmap } from './omission-heatmap';
import { OperatorScorecard } from './operator-scorecard';
import { RepeatCustomersTable } from './repeat-customers-table';
import { formatMonth } from './report-format';
import { TrendChart } from './trend-chart';
import { WorseningLots } from './worsening-lots';

/** The manager's monthly report: headline figures, the 12-month trend, lots, operators, repeat customers, the lot × month heat map. */
export function ManagerDashboard() {
  const id = useId();
  const [month, setMonth] = useState(() => kstMonthOf(new Date()));
  const { data, previousData, loading, error, refetch } = useQuery(MANAGER_REPORT, {
    variables: { month, previous: previousMonth(month) },
    fetchPolicy: 'cache-and-network',
  });
  const retry = () => void refetch().catch(() => undefined);
  const shown = data ?? previousData;
  const report = shown?.repeatOmissionReport;
  const empty =
    !!shown && shown.repeatOmissionReport.rows.length === 0 && shown.operatorOmissionReport.length === 0;

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <div className="section-header mgr-report-header">
        <h2 id={`${id}-heading`}>{formatMonth(month)} 현황</h2>
        <div className="field mgr-month-field">
          <label htmlFor={`${id}-month`}>기준 월</label>
          <input
            id={`${id}-month`}
            className="input"
            type="month"
            value={month}
            max={kstMonthOf(new Date())}
            onChange={(event) => {
              // A cleared or half-typed month keeps the report on screen as it was.
              if (isMonth(event.target.value)) setMonth(event.target.value);
            }}
          />
        </div>
      </div>
      {error ? (
        <ErrorState message={apiErrorMessage(error)} onRetry={retry} />
      ) : !shown || !report ? (
        <LoadingState label="현황을 불러오는 중…" />
      ) : (
        <div aria-busy={loading} className="mgr-report">
          <HeadlineFigures report={shown} />
          <TrendChart month={report.month} points={shown.monthlyTrend} />
          {empty ? (
            <EmptyState title="이 달의 데이터가 없습니다.">다른 기준 월을 고르면 그 달의 주차장·운영사별 현황이 보입니다.</EmptyState>
          ) : (
            <>
              <LotOmissionTable month={report.month} rows={report.rows} />
              <OperatorScorecard month={report.month} rows={shown.operatorOmissionReport} times={shown.responseTimes.byOperator} />
              <RepeatCustomersTable month={report.month} rows={shown.repeatCustomers} />
            </>
          )}
          <OmissionHeatmap month={report.month} heatmap={shown.omissionHeatmap} />
          <WorseningLots month={report.month} lots={shown.worseningLots} />
        </div>
      )}
    </section>
  );
}
