'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import type { PolicyVersionsQuery } from '@/graphql/generated/client/graphql';
import { useApiErrorMessage } from '../ui/api-error';
import { formatDate } from '../ui/format';
import { Badge } from '../ui/badge';
import type { DataColumn } from '../ui/data-table';
import { DataTableCard } from '../ui/data-table-card';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-state';
import { useFormat } from '../ui/use-format';
import { POLICY_VERSIONS } from './policy-queries';
import styles from './policy.module.css';

type Version = PolicyVersionsQuery['policyVersions'][number];

/** The policy versions, newest first; the one in force today (KST) is marked. */
export function PolicyTable() {
  const t = useTranslations('policy');
  const h = useTranslations('policy.table');
  const format = useFormat();
  const errorMessage = useApiErrorMessage();
  const { data, error, refetch } = useQuery(POLICY_VERSIONS, { fetchPolicy: 'cache-and-network' });
  const retry = () => void refetch().catch(() => undefined);

  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={retry} />;
  if (!data) return <LoadingState label={t('loading')} />;
  if (data.policyVersions.length === 0) return <EmptyState title={t('empty')} />;

  const today = formatDate(new Date());
  const versions = [...data.policyVersions].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  const current = versions.find((version) => version.effectiveFrom <= today);
  const columns: DataColumn<Version>[] = [
    {
      id: 'effectiveFrom',
      header: h('effectiveFrom'),
      rowHeader: true,
      nowrap: true,
      cell: (version) => (
        <span>
          {formatDate(version.effectiveFrom)} {version.id === current?.id && <Badge tone="success">{h('current')}</Badge>}
          {version.effectiveFrom > today && <Badge tone="neutral">{h('scheduled')}</Badge>}
        </span>
      ),
    },
    { id: 'couponAmount', header: h('couponAmount'), numeric: true, cell: (version) => format.won(version.couponAmount) },
    {
      id: 'repeatThreshold',
      header: h('repeatThreshold'),
      nowrap: true,
      cell: (version) => h('threshold', { count: version.repeatThreshold }),
    },
    {
      id: 'couponsPerMonth',
      header: h('couponsPerMonth'),
      nowrap: true,
      cell: (version) => h('perMonth', { count: version.couponsPerMonth }),
    },
    {
      id: 'note',
      header: h('note'),
      cell: (version) => (version.note ? <span lang="ko">{version.note}</span> : <span className="muted">—</span>),
    },
  ];

  return (
    <DataTableCard
      columns={columns}
      rows={versions}
      rowKey={(version) => version.id}
      caption={h('caption')}
      rowClassName={(version) => (version.id === current?.id ? styles.policyCurrent : undefined)}
      className={styles.policyVersionsTable}
    />
  );
}
