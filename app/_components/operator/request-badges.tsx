import { useTranslations } from 'next-intl';
import type { RequestStatus } from '@/graphql/generated/client/graphql';
import { formatInstant } from '../ui/format';
import { Badge, type BadgeTone } from '../ui/badge';
import { EXIT_LATE_SECONDS, EXIT_WARNING_SECONDS, type Urgency } from './waiting-time';

/** The statuses a request can have while it still waits on the lot. */
type WaitingStatus = 'REQUESTED' | 'ACKNOWLEDGED';
const STATUS_TONE: Record<WaitingStatus, BadgeTone> = { REQUESTED: 'accent', ACKNOWLEDGED: 'outline' };

function isWaiting(status: RequestStatus): status is WaitingStatus {
  return status === 'REQUESTED' || status === 'ACKNOWLEDGED';
}

/** 요청됨 / 확인됨 · 등록 대기: a waiting request's status as the lot's side calls it. */
export function QueueStatusBadge({ status }: { status: RequestStatus }) {
  const t = useTranslations('operator.status');
  // The queues hold waiting requests only; a row that left them shows nothing rather than guess.
  if (!isWaiting(status)) return null;
  return <Badge tone={STATUS_TONE[status]}>{t(status)}</Badge>;
}

/** "3분 경과" (amber) or "지연" (red): the colour always comes with words, in either language. */
export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const t = useTranslations('operator.urgency');
  if (urgency === 'normal') return null;
  if (urgency === 'warning') return <Badge tone="warning">{t('warning', { minutes: EXIT_WARNING_SECONDS / 60 })}</Badge>;
  return (
    <Badge tone="danger" title={t('lateTitle', { minutes: EXIT_LATE_SECONDS / 60 })}>
      {t('late')}
    </Badge>
  );
}

/** A badge for a moment in the request's life; its hover title says when. */
function MomentBadge({ moment, tone, at }: { moment: 'overdue' | 'escalated'; tone: BadgeTone; at: string }) {
  const t = useTranslations('operator.badge');
  return (
    <Badge tone={tone} title={t(`${moment}Title`, { time: formatInstant(at) })}>
      {t(moment)}
    </Badge>
  );
}

/** Past the operator's response target (exit: minutes; registration: 24 h by default). */
export function OverdueBadge({ dueAt }: { dueAt: string }) {
  return <MomentBadge moment="overdue" tone="overdue" at={dueAt} />;
}

/** The server reported the overdue request to the CS managers. */
export function EscalatedBadge({ escalatedAt }: { escalatedAt: string }) {
  return <MomentBadge moment="escalated" tone="outline-danger" at={escalatedAt} />;
}
