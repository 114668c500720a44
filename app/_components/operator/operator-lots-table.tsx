'use client';

import { useTranslations } from 'next-intl';
import { graphql } from '@/graphql/generated/client';
import type { LotOverviewFragment } from '@/graphql/generated/client/graphql';
import { CallButtonBadge, IntegrationBadge } from '../lots/lot-badges';
import type { DataColumn } from '../ui/data-table';
import { DataTableCard } from '../ui/data-table-card';
import { badgeColumn } from '../ui/data-table-columns';
import styles from './operator.module.css';
import { DataText } from '../ui/data-text';
import { dataLang } from '@/lib/i18n/data-lang';

/** What the lots' views show of a lot: the operator's cards and the manager's tables. */
export const LOT_OVERVIEW = graphql(`
  fragment LotOverview on ParkingLot {
    id
    name
    address
    integration
    hasExitCallButton
  }
`);

type Lot = LotOverviewFragment;

/** One operator's lots as the portal's table, sortable by name; on a phone each row becomes a card. */
export function OperatorLotsTable({ operatorName, lots }: { operatorName: string; lots: readonly Lot[] }) {
  const t = useTranslations('operatorLots.table');
  const columns: DataColumn<Lot>[] = [
    { id: 'name', header: t('name'), rowHeader: true, cell: (lot) => <DataText>{lot.name}</DataText>, sortValue: (lot) => lot.name },
    { id: 'address', header: t('address'), cell: (lot) => <DataText>{lot.address}</DataText> },
    badgeColumn('integration', t('integration'), (lot) => <IntegrationBadge integration={lot.integration} />, {
      sortValue: (lot) => lot.integration,
    }),
    badgeColumn('callButton', t('callButton'), (lot) => <CallButtonBadge hasExitCallButton={lot.hasExitCallButton} />),
  ];
  return (
    <DataTableCard
      caption={t.rich('caption', { operator: operatorName, data: (chunks) => <span lang={dataLang(operatorName)}>{chunks}</span> })}
      captionHidden
      className={styles.tableLots}
      columns={columns}
      rows={lots}
      rowKey={(lot) => lot.id}
    />
  );
}
