'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { previousMonth } from '@/lib/domain/kst-month';
import type { DataColumn } from '../ui/data-table';
import type { WorseningLot } from './manager-report-query';
import { omissionCasesHref, useReportFormat } from './report-format';
import { figureColumn, lotWithOperatorColumns } from './report-columns';
import { ReportTable } from './report-table';
import styles from './dashboard.module.css';
import { DataText } from '../ui/data-text';

/** Lots whose omissions rose against last month, biggest rise first; a lot's name opens its cases. */
export function WorseningLots({ month, lots }: { month: string; lots: readonly WorseningLot[] }) {
  const t = useTranslations('managerDashboard.worsening');
  const format = useReportFormat();
  const columns: DataColumn<WorseningLot>[] = [
    ...lotWithOperatorColumns<WorseningLot>({ lot: t('lot'), operator: t('operator') }, (row) => (
      <Link href={omissionCasesHref(month, row.lot.id)}>
        <DataText>{row.lot.name}</DataText>
      </Link>
    )),
    figureColumn('previous', format.monthShort(previousMonth(month)), (row) => row.previous, format.count),
    figureColumn('current', format.monthShort(month), (row) => row.current, format.count),
    figureColumn(
      'change',
      t('increase'),
      (row) => row.change,
      (change) => <strong className={styles.mgrChangeUp}>+{format.count(change)}</strong>,
    ),
  ];

  return (
    <ReportTable
      title={t('title')}
      csv={{ table: 'worsening', month }}
      emptyText={lots.length === 0 ? t('empty') : null}
      columns={columns}
      rows={lots}
      rowKey={(row) => row.lot.id}
      caption={t('caption', { month: format.month(month) })}
      initialSort={{ id: 'change', desc: true }}
    />
  );
}
