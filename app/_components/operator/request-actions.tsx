import { useTranslations } from 'next-intl';
import { ActionButton } from '../ui/action-button';
import type { QueueRow, RegistrationRow } from './queue-documents';

interface RequestActionsProps {
  item: QueueRow;
  pending: boolean;
  onAcknowledgeExit: () => void;
  onAcknowledgeRegistration: () => void;
  onConfirm: () => void;
  onReject: (row: RegistrationRow) => void;
}

/**
 * The one-click step a row is waiting for: 출차 처리 (exit), 확인 (new registration), then
 * 등록 완료 or 반려 (acknowledged registration; 반려 asks for a reason first). While the row's
 * request runs its buttons are busy, including those an optimistic 확인 has just shown.
 */
export function RequestActions({ item, pending, onAcknowledgeExit, onAcknowledgeRegistration, onConfirm, onReject }: RequestActionsProps) {
  const t = useTranslations('operator.actions');
  if (item.kind === 'exit') {
    return (
      <ActionButton pending={pending} onClick={onAcknowledgeExit}>
        {t('acknowledgeExit')}
      </ActionButton>
    );
  }
  if (item.row.status === 'REQUESTED') {
    return (
      <ActionButton pending={pending} onClick={onAcknowledgeRegistration}>
        {t('acknowledgeRegistration')}
      </ActionButton>
    );
  }
  const row = item.row;
  return (
    <>
      <ActionButton pending={pending} onClick={onConfirm}>
        {t('confirm')}
      </ActionButton>
      <button type="button" className="button button-secondary" disabled={pending} onClick={() => onReject(row)}>
        {t('reject')}
      </button>
    </>
  );
}
