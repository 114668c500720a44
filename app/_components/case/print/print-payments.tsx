import { useTranslations } from 'next-intl';
import { formatInstant } from '../../ui/format';
import { useFormat } from '../../ui/use-format';
import { Badge } from '../../ui/badge';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { flagColumn } from '../../ui/data-table-columns';
import type { AgentCase } from '../case-workspace-context';

type Payment = AgentCase['onsitePayments'][number];

/** The on-site payments of a case with their receipts and cancellation, as a table for the record. */
export function PrintPayments({ payments }: { payments: AgentCase['onsitePayments'] }) {
  const t = useTranslations('print.payments');
  const tp = useTranslations('case.onsitePayment');
  const format = useFormat();
  const columns: DataColumn<Payment>[] = [
    { id: 'paidAt', header: t('paidAt'), rowHeader: true, nowrap: true, cell: (p) => formatInstant(p.paidAt) },
    { id: 'amount', header: t('amount'), numeric: true, cell: (p) => format.won(p.amount) },
    {
      id: 'receipt',
      header: t('receipt'),
      cell: (p) =>
        p.hasReceipt ? (
          <span>
            <Badge tone="success">{tp('hasReceipt')}</Badge>{' '}
            {p.receiptUrl && (
              <a href={p.receiptUrl} target="_blank" rel="noopener noreferrer">
                {tp('viewReceipt')}
              </a>
            )}
          </span>
        ) : (
          <span>
            <Badge tone="warning">{tp('noReceipt')}</Badge>
          </span>
        ),
    },
    flagColumn('cancellation', t('cancellation'), (p) => p.cancellationRequested, { yes: t('filed'), no: t('notFiled') }),
  ];
  return (
    <DataTable
      columns={columns}
      rows={payments}
      rowKey={(p) => p.id}
      caption={t('caption', { count: payments.length })}
      captionHidden
      stackOnPhone={false}
    />
  );
}
