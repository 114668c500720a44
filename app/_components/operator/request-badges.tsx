import type { RequestStatus } from '@/graphql/generated/client/graphql';
import { formatInstant } from '../format';
import { URGENCY_LABEL, type Urgency } from './waiting-time';

/** What a waiting request's status is called on the lot's side. */
const STATUS_LABEL: Partial<Record<RequestStatus, string>> = { REQUESTED: '요청됨', ACKNOWLEDGED: '확인됨 · 등록 대기' };
const STATUS_TONE: Partial<Record<RequestStatus, string>> = { REQUESTED: 'badge-accent', ACKNOWLEDGED: 'badge-outline' };

/** 요청됨 / 확인됨 · 등록 대기. */
export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  return <span className={`badge ${STATUS_TONE[status] ?? 'badge-neutral'}`}>{STATUS_LABEL[status] ?? status}</span>;
}

/** "3분 경과" (amber) or "지연" (red): the colour always comes with words. */
export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const label = URGENCY_LABEL[urgency];
  if (!label) return null;
  return <span className={`badge ${urgency === 'late' ? 'badge-danger' : 'badge-warning'}`}>{label}</span>;
}

/** Past the operator's response target (exit: minutes; registration: 24 h by default). */
export function OverdueBadge({ dueAt }: { dueAt: string }) {
  return (
    <span className="badge badge-overdue" title={`목표 시각 ${formatInstant(dueAt)}`}>
      목표 시간 초과
    </span>
  );
}

/** The server reported the overdue request to the CS managers. */
export function EscalatedBadge({ escalatedAt }: { escalatedAt: string }) {
  return (
    <span className="badge badge-outline-danger" title={`관리자 보고 ${formatInstant(escalatedAt)}`}>
      관리자 보고됨
    </span>
  );
}
