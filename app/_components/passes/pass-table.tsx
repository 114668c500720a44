import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { SearchPassesQuery } from '@/graphql/generated/client/graphql';
import { PassRegisteredBadge } from '../case/pass-registered-badge';
import { formatPeriod } from '../ui/format';
import { IntegrationBadge } from '../lots/lot-badges';
import type { DataColumn } from '../ui/data-table';
import { DataTableCard } from '../ui/data-table-card';
import { badgeColumn } from '../ui/data-table-columns';
import { useFormat } from '../ui/use-format';
import { DataText } from '../ui/data-text';
import { CustomerCell } from '../customer/customer-cell';

/** A pass the search found. */
export type FoundPass = SearchPassesQuery['searchPasses'][number];

/** Found passes (a handful: no sorting), one row each; on a phone each row becomes a labelled card. An optional last column holds an action per row. */
export function PassTable({ passes, renderAction }: { passes: readonly FoundPass[]; renderAction?: (pass: FoundPass) => ReactNode }) {
  const t = useTranslations('passSearch.table');
  const format = useFormat();
  const columns: DataColumn<FoundPass>[] = [
    { id: 'plate', header: t('plate'), rowHeader: true, nowrap: true, cell: (pass) => <DataText>{pass.plate}</DataText> },
    { id: 'customer', header: t('customer'), cell: (pass) => <CustomerCell customer={pass.customer} /> },
    {
      id: 'lot',
      header: t('lot'),
      cell: (pass) => (
        <span>
          <DataText>{pass.lot.name}</DataText> <IntegrationBadge integration={pass.lot.integration} />
        </span>
      ),
    },
    { id: 'period', header: t('period'), nowrap: true, cell: (pass) => formatPeriod(pass.startsOn, pass.endsOn) },
    { id: 'amountPaid', header: t('amountPaid'), numeric: true, cell: (pass) => format.won(pass.amountPaid) },
    badgeColumn('registered', t('registered'), (pass) => <PassRegisteredBadge registered={pass.registered} />),
    ...(renderAction ? [{ id: 'action', header: t('action'), headerHidden: true, className: 'row-action', cell: renderAction }] : []),
  ];
  return <DataTableCard columns={columns} rows={passes} rowKey={(pass) => pass.id} caption={t('caption', { count: passes.length })} />;
}
