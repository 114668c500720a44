'use client';

import { useTranslations } from 'next-intl';
import type { DataColumn } from '../ui/data-table';
import { flagColumn } from '../ui/data-table-columns';
import type { RepeatCustomer } from './manager-report-query';
import styles from './repeat-customers-table.module.css';
import { useReportFormat } from './report-format';
import { omissionsColumn } from './report-columns';
import { ReportTable } from './report-table';
import { DataText } from '../ui/data-text';
import { CustomerCell } from '../customer/customer-cell';

// The dashboard stays a glance; the CSV holds every customer.
const SHOWN = 20;

/** Where a manager reads a customer's counted omissions of a month (the cases behind the count). */
function customerCasesHref(month: string, customerId: string): string {
  const query = new URLSearchParams({ month, kind: 'OPERATOR_OMISSION', counted: '1', customerId });
  return `/manager/cases?${query.toString()}`;
}

/** Customers hit twice or more in the month, most first: masked phone, omissions, coupon, lots. */
export function RepeatCustomersTable({ month, rows }: { month: string; rows: readonly RepeatCustomer[] }) {
  const t = useTranslations('managerDashboard.repeatCustomers');
  const format = useReportFormat();
  const shown = rows.slice(0, SHOWN);
  const monthName = format.month(month);
  const columns: DataColumn<RepeatCustomer>[] = [
    {
      id: 'customer',
      header: t('customer'),
      rowHeader: true,
      cell: (row) => <CustomerCell customer={row.customer} phoneClassName={styles.phone} />,
    },
    omissionsColumn(t('omissions'), (row) => ({
      href: customerCasesHref(month, row.customer.id),
      label: t('casesLink', { name: row.customer.name, month: monthName, count: row.omissions }),
    })),
    flagColumn('coupon', t('coupon'), (row) => row.couponIssued, { yes: t('couponIssued'), no: t('couponNotIssued') }, { sortable: true }),
    { id: 'lots', header: t('lots'), cell: (row) => <DataText>{row.lots.map((lot) => lot.name).join(', ')}</DataText> },
  ];

  return (
    <ReportTable
      title={t('title')}
      csv={{ table: 'repeat-customers', month }}
      emptyText={rows.length === 0 ? t('empty') : null}
      below={rows.length > SHOWN && <p className="muted">{t('truncated', { shown: SHOWN, total: rows.length })}</p>}
      columns={columns}
      rows={shown}
      rowKey={(row) => row.customer.id}
      caption={
        rows.length > SHOWN
          ? t('captionTruncated', { month: monthName, total: rows.length, shown: SHOWN })
          : t('caption', { month: monthName })
      }
      initialSort={{ id: 'omissions', desc: true }}
    />
  );
}
