import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { graphql } from '@/graphql/generated/client';
import type { CaseListRowFragment } from '@/graphql/generated/client/graphql';
import { formatInstant } from '../ui/format';
import type { DataColumn } from '../ui/data-table';
import { DataTableCard } from '../ui/data-table-card';
import { badgeColumn } from '../ui/data-table-columns';
import { CaseStatusBadge, VocKindBadge } from '../ui/status-badges';
import styles from './case.module.css';
import { DataText } from '../ui/data-text';
import { CustomerCell } from '../customer/customer-cell';

/** The fields a row of a case list shows; the agent's and the manager's lists both ask for them. */
export const CASE_LIST_ROW = graphql(`
  fragment CaseListRow on Case {
    id
    code
    createdAt
    kind
    status
    customer {
      id
      name
      phoneMasked
    }
    pass {
      id
      plate
    }
    lot {
      id
      name
    }
  }
`);

/** A page of a case list: the rows, the total the summary counts and what the pager reads. */
export const CASE_LIST_PAGE = graphql(`
  fragment CaseListPage on CaseConnection {
    totalCount
    pageInfo {
      ...PagerInfo
    }
    edges {
      node {
        ...CaseListRow
      }
    }
  }
`);

/** A column a list adds after the shared ones (the manager's list shows the case's agent). */
export interface ExtraColumn<R> {
  header: string;
  cell: (row: R) => ReactNode;
}

interface CaseListTableProps<R extends CaseListRowFragment> {
  cases: readonly R[];
  caption: string;
  /** Where a case code leads: the agent's workspace unless the list says otherwise. */
  caseHref?: (id: string) => string;
  extraColumn?: ExtraColumn<R>;
}

const agentCaseHref = (id: string) => `/agent/cases/${id}`;

/**
 * One page of cases, newest first (the server's order; a page is too short to re-sort); on a
 * phone or a tablet each row becomes a labelled card.
 */
export function CaseListTable<R extends CaseListRowFragment>({
  cases,
  caption,
  caseHref = agentCaseHref,
  extraColumn,
}: CaseListTableProps<R>) {
  const t = useTranslations('case.list.columns');
  const columns: DataColumn<R>[] = [
    { id: 'code', header: t('code'), rowHeader: true, nowrap: true, cell: (row) => <Link href={caseHref(row.id)}>{row.code}</Link> },
    { id: 'createdAt', header: t('createdAt'), cell: (row) => <DateTime at={row.createdAt} /> },
    { id: 'customer', header: t('customer'), cell: (row) => <CustomerCell customer={row.customer} /> },
    { id: 'plate', header: t('plate'), nowrap: true, cell: (row) => <DataText>{row.pass.plate}</DataText> },
    // Lot names are long and Korean (which breaks anywhere): keep their column readable.
    { id: 'lot', header: t('lot'), className: styles.colLot, cell: (row) => <DataText>{row.lot.name}</DataText> },
    badgeColumn('kind', t('kind'), (row) => <VocKindBadge kind={row.kind} />),
    badgeColumn('status', t('status'), (row) => <CaseStatusBadge status={row.status} />),
    ...(extraColumn ? [{ id: 'extra', header: extraColumn.header, cell: extraColumn.cell }] : []),
  ];
  return <DataTableCard columns={columns} rows={cases} rowKey={(row) => row.id} caption={caption} className={styles.tableCases} />;
}

/** "2026-04-01 09:30" that may wrap between the date and the time, never inside either. */
function DateTime({ at }: { at: string }) {
  const [date, time] = formatInstant(at).split(' ');
  return (
    <span>
      <span className="nowrap">{date}</span> <span className="nowrap">{time}</span>
    </span>
  );
}
