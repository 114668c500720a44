import { useTranslations } from 'next-intl';
import type { MouseEvent } from 'react';
import { ActionButton } from '../ui/action-button';
import type { QueueRow, RegistrationRow } from './queue-documents';

/** A press on a row's button; the event tells a pointer press (detail ≥ 1) from a keyboard one. */
type Press = (event: MouseEvent<HTMLButtonElement>) => void;

interface RequestActionsProps {
  item: QueueRow;
  pending: boolean;
  /** The row just moved or changed under the pointer (row-shift.ts): pointer presses are dropped for a moment. */
  settling: boolean;
  onAcknowledgeExit: Press;
  onAcknowledgeRegistration: Press;
  onConfirm: Press;
  onReject: (row: RegistrationRow, event: MouseEvent<HTMLButtonElement>) => void;
}

/**
 * The one-click step a row is waiting for: 출차 처리 (exit), 확인 (new registration), then
 * 등록 완료 or 반려 (acknowledged registration; 반려 asks for a reason first). While the row's
 * request runs its buttons are busy, including those an optimistic 확인 has just shown.
 */
export function RequestActions({
  item,
  pending,
  settling,
  onAcknowledgeExit,
  onAcknowledgeRegistration,
  onConfirm,
  onReject,
}: RequestActionsProps) {
  const t = useTranslations('operator.actions');
  if (item.kind === 'exit') {
    return (
      <ActionButton pending={pending} ariaDisabled={settling} onClick={onAcknowledgeExit}>
        {t('acknowledgeExit')}
      </ActionButton>
    );
  }
  if (item.row.status === 'REQUESTED') {
    return (
      <ActionButton pending={pending} ariaDisabled={settling} onClick={onAcknowledgeRegistration}>
        {t('acknowledgeRegistration')}
      </ActionButton>
    );
  }
  const row = item.row;
  return (
    <>
      <ActionButton pending={pending} ariaDisabled={settling} onClick={onConfirm}>
        {t('confirm')}
      </ActionButton>
      <button
        type="button"
        className="button button-secondary"
        disabled={pending}
        aria-disabled={settling || undefined}
        onClick={(event) => onReject(row, event)}
      >
        {t('reject')}
      </button>
    </>
  );
}
