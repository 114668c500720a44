'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { previousMonth } from '@/lib/domain/kst-month';
import { DataTable, type DataColumn } from '../ui/data-table';
import type { WorseningLot } from './manager-report-query';
import { omissionCasesHref, useReportFormat } from './report-format';
import { ReportSection } from './report-section-header';
import styles from './dashboard.module.css';
import { DataText } from '../ui/data-text';

/** Lots whose omissions rose against last month, biggest rise first; a lot's name opens its cases. */
export function WorseningLots({ month, lots }: { month: string; lots: readonly WorseningLot[] }) {
  const t = useTranslations('managerDashboard.worsening');
  const format = useReportFormat();
  const columns: DataColumn<WorseningLot>[] = [
    {
      id: 'lot',
      header: t('lot'),
      rowHeader: true,
      sortValue: (row) => row.lot.name,
      cell: (row) => (
        <Link href={omissionCasesHref(month, row.lot.id)}>
          <DataText>{row.lot.name}</DataText>
        </Link>
      ),
    },
    {
      id: 'operator',
      header: t('operator'),
      sortValue: (row) => row.lot.operator.name,
      cell: (row) => <DataText>{row.lot.operator.name}</DataText>,
    },
    {
      id: 'previous',
      header: format.monthShort(previousMonth(month)),
      numeric: true,
      sortValue: (row) => row.previous,
      cell: (row) => format.count(row.previous),
    },
    {
      id: 'current',
      header: format.monthShort(month),
      numeric: true,
      sortValue: (row) => row.current,
      cell: (row) => format.count(row.current),
    },
    {
      id: 'change',
      header: t('increase'),
      numeric: true,
      sortValue: (row) => row.change,
      cell: (row) => <strong className={styles.mgrChangeUp}>+{format.count(row.change)}</strong>,
    },
  ];

  return (
    <ReportSection title={t('title')} csv={{ table: 'worsening', month }} emptyText={lots.length === 0 ? t('empty') : null}>
      <div className="card table-card">
        <DataTable
          columns={columns}
          rows={lots}
          rowKey={(row) => row.lot.id}
          caption={t('caption', { month: format.month(month) })}
          initialSort={{ id: 'change', desc: true }}
        />
      </div>
    </ReportSection>
  );
}
