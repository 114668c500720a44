import type { ReactNode } from 'react';
import { formatInstant } from '../format';
import type { QueueRow } from './queue-documents';
import { EscalatedBadge, OverdueBadge, RequestStatusBadge, UrgencyBadge } from './request-badges';
import { exitUrgency, formatWaiting, isPastDue, waitedSeconds, type Urgency } from './waiting-time';

interface QueueTableProps {
  caption: string;
  rows: readonly QueueRow[];
  /** "Now" on the server's clock, ms. */
  now: number;
  selected: string | null;
  onSelect: (key: string) => void;
  actions: (item: QueueRow) => ReactNode;
}

/** One queue, oldest first; on a tablet or phone each row becomes a labelled card. */
export function QueueTable({ caption, rows, now, selected, onSelect, actions }: QueueTableProps) {
  return (
    <div className="card table-card">
      <table className="table table-stack table-queue">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">주차장</th>
            <th scope="col">차량번호</th>
            <th scope="col">고객</th>
            <th scope="col">요청 시각</th>
            <th scope="col">대기 시간</th>
            <th scope="col">상태</th>
            <th scope="col">
              <span className="visually-hidden">처리</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((item) => (
            <QueueTableRow key={item.key} item={item} now={now} selected={item.key === selected} onSelect={onSelect}>
              {actions(item)}
            </QueueTableRow>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  item: QueueRow;
  now: number;
  selected: boolean;
  onSelect: (key: string) => void;
  children: ReactNode;
}

function QueueTableRow({ item, now, selected, onSelect, children }: RowProps) {
  const { row } = item;
  const waited = waitedSeconds(row.requestedAt, now);
  // The server's flag, or the due time passing between two polls.
  const overdue = row.overdue || isPastDue(row.dueAt, now);
  const urgency: Urgency = item.kind === 'exit' ? exitUrgency(waited) : 'normal';
  const tone = overdue || urgency === 'late' ? 'late' : urgency;

  return (
    <tr
      data-row-key={item.key}
      className={`queue-row queue-row-${tone}${selected ? ' queue-row-selected' : ''}`}
      aria-selected={selected}
      aria-current={selected ? 'true' : undefined}
      tabIndex={-1}
      onClick={() => onSelect(item.key)}
      onFocus={() => onSelect(item.key)}
    >
      <td data-label="주차장">{row.lot.name}</td>
      <th scope="row" data-label="차량번호" className="queue-plate">
        {row.plate}
      </th>
      <td data-label="고객">
        <span>
          {row.customer.name}
          <span className="cell-sub nowrap">{row.customer.phoneMasked}</span>
        </span>
      </td>
      <td data-label="요청 시각" className="nowrap">
        {formatInstant(row.requestedAt)}
      </td>
      <td data-label="대기 시간">
        <span className="waiting">
          <time className="waiting-time" dateTime={`PT${waited}S`}>
            {formatWaiting(waited)}
          </time>
          <UrgencyBadge urgency={urgency} />
        </span>
      </td>
      <td data-label="상태">
        <span>
          <span className="badges-inline">
            <RequestStatusBadge status={row.status} />
            {overdue && <OverdueBadge dueAt={row.dueAt} />}
            {row.escalatedAt && <EscalatedBadge escalatedAt={row.escalatedAt} />}
          </span>
          {item.kind === 'registration' && item.row.acknowledgedAt && (
            <span className="cell-sub">
              확인 <span className="nowrap">{formatInstant(item.row.acknowledgedAt)}</span>
            </span>
          )}
        </span>
      </td>
      <td className="row-action">
        <span className="row-buttons">{children}</span>
      </td>
    </tr>
  );
}
