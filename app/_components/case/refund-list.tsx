import { useTranslations } from 'next-intl';
import { useFormat } from '../ui/use-format';
import { RefundStatusBadge } from '../ui/status-badges';
import { CaseRecordList } from './case-record-list';
import type { AgentCase } from './case-workspace-context';

/** The case's refund proposals and what the manager decided. */
export function RefundList({ refunds }: { refunds: AgentCase['refunds'] }) {
  const t = useTranslations();
  const format = useFormat();
  if (refunds.length === 0) return null;
  return (
    <CaseRecordList
      label={t('case.refund.listLabel')}
      records={refunds}
      name={(refund) => t('case.refund.item', { basis: t(`labels.refundBasis.${refund.basis}`), amount: format.won(refund.amount) })}
    >
      {(refund) => (
        <>
          <RefundStatusBadge status={refund.status} />
          {refund.usedDays !== null && refund.usedDays !== undefined && (
            <span className="muted">{t('case.refund.usedDaysLine', { days: refund.usedDays })}</span>
          )}
        </>
      )}
    </CaseRecordList>
  );
}
