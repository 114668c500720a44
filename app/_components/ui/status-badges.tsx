import { useTranslations } from 'next-intl';
import type { CaseStatus, RefundStatus, RequestStatus, VocKind } from '@/graphql/generated/client/graphql';
import { Badge, type BadgeTone } from './badge';

const CASE_STATUS_TONE: Record<CaseStatus, BadgeTone> = { OPEN: 'accent', WAITING_ON_OPERATOR: 'warning', RESOLVED: 'neutral' };
const REQUEST_STATUS_TONE: Record<RequestStatus, BadgeTone> = {
  REQUESTED: 'accent',
  ACKNOWLEDGED: 'success',
  CONFIRMED: 'success',
  REJECTED: 'danger',
};
const REFUND_STATUS_TONE: Record<RefundStatus, BadgeTone> = { PROPOSED: 'accent', APPROVED: 'success', REJECTED: 'danger' };

/** 진행 중 / 운영사 대기 / 종결. */
export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const t = useTranslations('labels.caseStatus');
  return <Badge tone={CASE_STATUS_TONE[status]}>{t(status)}</Badge>;
}

/** The VOC kind in short; the guide's full wording is its tooltip. */
export function VocKindBadge({ kind }: { kind: VocKind }) {
  const t = useTranslations('labels');
  return (
    <Badge tone="outline" title={t(`vocKind.${kind}`)}>
      {t(`vocKindShort.${kind}`)}
    </Badge>
  );
}

/**
 * An exit or registration request's status as the agent sees it: an exit is done once the
 * barrier opened; a registration goes requested → checking → registered or rejected.
 */
export function RequestStatusBadge({ status, request }: { status: RequestStatus; request: 'exit' | 'registration' }) {
  const t = useTranslations('labels');
  return <Badge tone={REQUEST_STATUS_TONE[status]}>{t(`${request}Status.${status}`)}</Badge>;
}

/** 제안됨 / 승인 / 반려. */
export function RefundStatusBadge({ status }: { status: RefundStatus }) {
  const t = useTranslations('labels.refundStatus');
  return <Badge tone={REFUND_STATUS_TONE[status]}>{t(status)}</Badge>;
}
