import { useTranslations } from 'next-intl';
import { useMemo, type ReactNode } from 'react';
import { formatInstant } from '../ui/format';
import type { DataColumn } from '../ui/data-table';
import { DataTableCard } from '../ui/data-table-card';
import type { QueueRow } from './queue-documents';
import { EscalatedBadge, OverdueBadge, QueueStatusBadge, UrgencyBadge } from './request-badges';
import { exitUrgency, isPastDue, waitedSeconds, waitingParts, type Urgency } from './waiting-time';
import cards from '../ui/table-cards.module.css';
import styles from './operator.module.css';
import { DataText } from '../ui/data-text';
import { CustomerCell } from '../customer/customer-cell';
import { dataLang } from '@/lib/i18n/data-lang';

/** A row's urgency as its tint and bar. */
const TONE_CLASS: Record<Urgency, string | undefined> = { normal: undefined, warning: styles.queueRowWarning, late: styles.queueRowLate };

/** A queue's table: its rows, the server's "now", the selected row and each row's buttons. */
export interface QueueTableProps {
  caption: string;
  rows: readonly QueueRow[];
  /** "Now" on the server's clock, ms. */
  now: number;
  selected: string | null;
  onSelect: (key: string) => void;
  actions: (item: QueueRow) => ReactNode;
}

/** A queue row with what "now" makes of it: how long it waited and how urgent that is. */
interface TimedRow {
  item: QueueRow;
  waited: number;
  overdue: boolean;
  urgency: Urgency;
}

/** "4분 12초" / "4m 12s", in a <time> that machines read as a duration. */
function WaitingTime({ seconds }: { seconds: number }) {
  const t = useTranslations('operator.waiting');
  const { unit, ...values } = waitingParts(seconds);
  return (
    <time className={styles.waitingTime} dateTime={`PT${seconds}S`}>
      {t(unit, values)}
    </time>
  );
}

/** The columns of both queues; the plate names the row (its row header). */
function useQueueColumns(actions: (item: QueueRow) => ReactNode): DataColumn<TimedRow>[] {
  const t = useTranslations('operator.queue');
  return [
    { id: 'lot', header: t('columns.lot'), cell: ({ item }) => <DataText>{item.row.lot.name}</DataText> },
    // The large type sits on the text, not the cell: a phone card's label column is sized in the cell's em.
    {
      id: 'plate',
      header: t('columns.plate'),
      rowHeader: true,
      cell: ({ item }) => (
        <span className={styles.queuePlate} lang={dataLang(item.row.plate)}>
          {item.row.plate}
        </span>
      ),
    },
    { id: 'customer', header: t('columns.customer'), cell: ({ item }) => <CustomerCell customer={item.row.customer} /> },
    { id: 'requestedAt', header: t('columns.requestedAt'), nowrap: true, cell: ({ item }) => formatInstant(item.row.requestedAt) },
    {
      id: 'waiting',
      header: t('columns.waiting'),
      cell: ({ waited, urgency }) => (
        <span className={styles.waiting}>
          <WaitingTime seconds={waited} />
          <UrgencyBadge urgency={urgency} />
        </span>
      ),
    },
    {
      id: 'status',
      header: t('columns.status'),
      cell: ({ item, overdue }) => (
        <span>
          <span className="badges-inline">
            <QueueStatusBadge status={item.row.status} />
            {overdue && <OverdueBadge dueAt={item.row.dueAt} />}
            {item.row.escalatedAt && <EscalatedBadge escalatedAt={item.row.escalatedAt} />}
          </span>
          {item.kind === 'registration' && item.row.acknowledgedAt && (
            <span className="cell-sub">
              {t.rich('acknowledgedAt', {
                time: formatInstant(item.row.acknowledgedAt),
                nowrap: (chunks) => <span className="nowrap">{chunks}</span>,
              })}
            </span>
          )}
        </span>
      ),
    },
    {
      id: 'actions',
      header: t('columns.actions'),
      headerHidden: true,
      className: 'row-action',
      cell: ({ item }) => <span className={styles.rowButtons}>{actions(item)}</span>,
    },
  ];
}

/**
 * One queue, oldest first, as the portal's DataTable. The selected row is marked (aria-selected,
 * an outline) and focusable, so j/k can move focus to it; on a tablet or phone rows become cards.
 */
export function QueueTable({ caption, rows, now, selected, onSelect, actions }: QueueTableProps) {
  const columns = useQueueColumns(actions);
  const timed = useMemo(
    () =>
      rows.map((item): TimedRow => {
        const waited = waitedSeconds(item.row.requestedAt, now);
        // The server's flag, or the due time passing between two polls.
        const overdue = item.row.overdue || isPastDue(item.row.dueAt, now);
        return { item, waited, overdue, urgency: item.kind === 'exit' ? exitUrgency(waited) : 'normal' };
      }),
    [rows, now],
  );

  return (
    <DataTableCard
      caption={caption}
      captionHidden
      className={`${cards.tabletCards} ${styles.tableQueue}`}
      columns={columns}
      rows={timed}
      rowKey={({ item }) => item.key}
      rowProps={({ item, overdue, urgency }) => {
        const isSelected = item.key === selected;
        const tone = overdue || urgency === 'late' ? 'late' : urgency;
        return {
          'data-row-key': item.key,
          className: [styles.queueRow, TONE_CLASS[tone], isSelected ? styles.queueRowSelected : ''].filter(Boolean).join(' '),
          'aria-selected': isSelected,
          'aria-current': isSelected ? 'true' : undefined,
          tabIndex: -1,
          onClick: () => onSelect(item.key),
          // Tab onto a row's button selects its row too, so j/k and a carry on from there.
          onFocus: () => onSelect(item.key),
        };
      }}
    />
  );
}
