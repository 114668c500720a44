'use client';

import { useLazyQuery } from '@apollo/client/react';
import { MANAGER_REPORT_MORE_LOTS, type LotOmissionRow, type ManagerReport } from './manager-report-query';

/**
 * The per-lot rows the report shows: its top lots, and after "모두 보기" (`showAll`) every lot
 * after them, fetched once from where the top lots end. While they come, or if they fail, the
 * top lots stay on screen.
 */
export function useMoreLots(month: string, report: ManagerReport['repeatOmissionReport']) {
  const [fetchMore, { data, loading, error, called }] = useLazyQuery(MANAGER_REPORT_MORE_LOTS, { fetchPolicy: 'network-only' });
  const after = report.pageInfo.endCursor;
  const more = data?.repeatOmissionReport.rows ?? [];
  const rows: readonly LotOmissionRow[] = more.length > 0 ? [...report.rows, ...more] : report.rows;
  const showAll = () => {
    if (after) void fetchMore({ variables: { month, after } }).catch(() => undefined);
  };
  return {
    rows,
    /** Lots not on screen yet; 0 once all are. */
    hidden: report.totalCount - rows.length,
    canShowAll: report.pageInfo.hasNextPage && !data,
    loading: called && loading,
    error,
    showAll,
  };
}
