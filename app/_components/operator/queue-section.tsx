import { useTranslations } from 'next-intl';
import { EmptyState, LoadingState } from '../ui/query-state';
import { QueueTable, type QueueTableProps } from './queue-table';

// The section captions the table itself; everything else passes through to it.
interface QueueSectionProps extends Omit<QueueTableProps, 'caption'> {
  id: string;
  /** Which queue: its title, loading and empty sentences come from operator.queue.<kind>. */
  kind: 'exit' | 'registration';
  loaded: boolean;
}

/** A queue under its heading: loading, empty, or the waiting requests oldest first. */
export function QueueSection({ id, kind, loaded, rows, ...table }: QueueSectionProps) {
  const t = useTranslations('operator.queue');
  const headingId = `${id}-heading`;
  const title = t(`${kind}.title`);
  return (
    <section className="section queue" id={id} aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId}>{title}</h2>
        {loaded && <span className="summary">{t('waitingCount', { count: rows.length })}</span>}
      </div>
      {!loaded ? (
        <LoadingState label={t(`${kind}.loading`)} />
      ) : rows.length === 0 ? (
        <EmptyState title={t(`${kind}.empty`)}>{t(`${kind}.emptyHint`)}</EmptyState>
      ) : (
        <QueueTable caption={t('caption', { title, count: rows.length })} rows={rows} {...table} />
      )}
    </section>
  );
}
