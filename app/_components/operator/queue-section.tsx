import type { ReactNode } from 'react';
import { EmptyState, LoadingState } from '../ui/query-state';
import type { QueueRow } from './queue-documents';
import { QueueTable } from './queue-table';

interface QueueSectionProps {
  id: string;
  title: string;
  emptyTitle: string;
  emptyHint: string;
  loaded: boolean;
  rows: readonly QueueRow[];
  now: number;
  selected: string | null;
  onSelect: (key: string) => void;
  actions: (item: QueueRow) => ReactNode;
}

/** A queue under its heading: loading, empty, or the waiting requests oldest first. */
export function QueueSection({ id, title, emptyTitle, emptyHint, loaded, rows, ...table }: QueueSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section className="section queue" id={id} aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId}>{title}</h2>
        {loaded && <span className="summary">{rows.length}건 대기</span>}
      </div>
      {!loaded ? (
        <LoadingState label={`${title}을 불러오는 중…`} />
      ) : rows.length === 0 ? (
        <EmptyState title={emptyTitle}>{emptyHint}</EmptyState>
      ) : (
        <QueueTable caption={`${title} ${rows.length}건, 오래된 순`} rows={rows} {...table} />
      )}
    </section>
  );
}
