'use client';

import { useTranslations } from 'next-intl';
import { ReasonDialog } from '../ui/reason-dialog';

/** The API's limit on a rejection's reason (graphql/resolvers/administration.ts). */
const REASON_MAX = 500;

interface RejectRefundDialogProps {
  /** The case code of the refund being rejected; null keeps the dialog closed. */
  caseCode: string | null;
  pending: boolean;
  /** Why the last try was refused; the reason stays typed so it can be sent again. */
  error: string | null;
  onReject: (reason: string) => void;
  onCancel: () => void;
}

/** Asks for the reason of a refund's rejection. */
export function RejectRefundDialog({ caseCode, pending, error, onReject, onCancel }: RejectRefundDialogProps) {
  const t = useTranslations('refunds.dialog');
  return (
    <ReasonDialog
      open={caseCode !== null}
      title={t('title')}
      lead={caseCode && <p className="muted">{t('body', { code: caseCode })}</p>}
      reasonLabel={t('reason')}
      reasonHint={t('reasonHint')}
      maxLength={REASON_MAX}
      submitLabel={t('submit')}
      pending={pending}
      error={error}
      onSubmit={onReject}
      onCancel={onCancel}
    />
  );
}
