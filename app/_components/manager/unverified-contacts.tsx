'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { graphql } from '@/graphql/generated/client';
import type { UnverifiedContactsQuery } from '@/graphql/generated/client/graphql';
import { useApiErrorMessage } from '../ui/api-error';
import type { DataColumn } from '../ui/data-table';
import { DataTableCard } from '../ui/data-table-card';
import { ErrorState, LoadingState } from '../ui/query-state';
import { ReportSection } from './report-section-header';
import { useReportFormat } from './report-format';
import { DataText } from '../ui/data-text';

const UNVERIFIED_CONTACTS = graphql(`
  query UnverifiedContacts($month: Month!) {
    unverifiedContacts(month: $month) {
      month
      total
      rows {
        count
        lot {
          id
          name
        }
      }
    }
  }
`);

type Row = UnverifiedContactsQuery['unverifiedContacts']['rows'][number];

/** Cases closed because the caller could not be verified, per lot: watched apart, never counted as omissions. */
export function UnverifiedContacts({ month }: { month: string }) {
  const t = useTranslations('caseCorrections.unverified');
  const format = useReportFormat();
  const errorMessage = useApiErrorMessage();
  const { data, error, refetch } = useQuery(UNVERIFIED_CONTACTS, { variables: { month }, fetchPolicy: 'cache-and-network' });
  const report = data?.unverifiedContacts;
  const columns: DataColumn<Row>[] = [
    { id: 'lot', header: t('lot'), rowHeader: true, sortValue: (row) => row.lot.name, cell: (row) => <DataText>{row.lot.name}</DataText> },
    { id: 'count', header: t('count'), numeric: true, sortValue: (row) => row.count, cell: (row) => format.count(row.count) },
  ];

  return (
    <ReportSection title={t('heading')} emptyText={report && report.total === 0 ? t('empty') : null}>
      {error ? (
        <ErrorState message={errorMessage(error)} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !report ? (
        <LoadingState label={t('loading')} />
      ) : (
        <>
          <p className="muted">
            {t('intro')} <strong>{t('total', { count: report.total })}</strong>
          </p>
          <DataTableCard
            columns={columns}
            rows={report.rows}
            rowKey={(row) => row.lot.id}
            caption={t('heading')}
            captionHidden
            initialSort={{ id: 'count', desc: true }}
          />
        </>
      )}
    </ReportSection>
  );
}
