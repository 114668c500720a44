'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { AccessLogQuery } from '@/graphql/generated/client/graphql';
import { formatClock, formatDate } from '../../ui/format';
import type { DataColumn } from '../../ui/data-table';
import { DataTableCard } from '../../ui/data-table-card';
import type { Translate } from '../translate';
import { withDataMarked } from '../../ui/with-data-marked';
import { actionName, describeDetail, detailFilterValues, shortId, subjectName } from './access-log-detail';
import { queryOf } from './access-log-params';
import styles from './access-log.module.css';
import { DataText } from '../../ui/data-text';

type Entry = AccessLogQuery['accessLog']['edges'][number]['node'];

/** One page of entries: when, who, what, on what, from where. The server's order (newest first) is kept. */
export function AccessLogTable({ entries, page }: { entries: Entry[]; page: number }) {
  const t = useTranslations();
  const h = useTranslations('accessLog.table');
  const columns: DataColumn<Entry>[] = [
    {
      id: 'at',
      header: h('at'),
      rowHeader: true,
      nowrap: true,
      cell: (entry) => (
        <time dateTime={entry.at}>
          {formatDate(entry.at)} {formatClock(entry.at)}
        </time>
      ),
    },
    {
      id: 'actor',
      header: h('actor'),
      cell: (entry) =>
        entry.actor ? (
          <span>
            <DataText>{entry.actor.name}</DataText>
            <span className={`cell-sub ${styles.email}`}>{entry.actor.email}</span>
          </span>
        ) : (
          <span className="muted">—</span>
        ),
    },
    { id: 'role', header: h('role'), nowrap: true, cell: (entry) => (entry.actor ? t(`labels.role.${entry.actor.role}`) : h('system')) },
    {
      id: 'action',
      header: h('action'),
      cell: (entry) => {
        const detail = describeDetail(t, entry.detail);
        return (
          <span>
            {actionName(t, entry.action)}
            {detail && <span className="cell-sub">{withDataMarked(detail, detailFilterValues(entry.detail))}</span>}
          </span>
        );
      },
    },
    { id: 'subject', header: h('subject'), cell: (entry) => <Subject entry={entry} t={t} /> },
    {
      id: 'address',
      header: h('address'),
      className: styles.address,
      cell: (entry) => entry.clientAddress ?? <span className="muted">{h('unknownAddress')}</span>,
    },
  ];
  return (
    <DataTableCard
      columns={columns}
      rows={entries}
      rowKey={(entry) => entry.id}
      caption={h('caption', { page })}
      className={styles.table}
    />
  );
}

// The subject's kind, and its name or short id as a link to every entry about it.
function Subject({ entry, t }: { entry: Entry; t: Translate }) {
  const kind = subjectName(t, entry.subjectType ?? null);
  if (!entry.subjectId || !entry.subjectType) return <span>{kind || '—'}</span>;
  const href = `/manager/access-log?${queryOf({ subjectType: entry.subjectType, subjectId: entry.subjectId })}`;
  return (
    <span>
      {kind}
      <Link href={href} className={`cell-sub ${styles.subjectLink}`} title={t('accessLog.table.subjectLinkTitle', { id: entry.subjectId })}>
        {entry.subjectLabel ?? shortId(entry.subjectId)}
      </Link>
    </span>
  );
}
