import { useTranslations } from 'next-intl';
import { useFormat } from '../ui/use-format';
import { RefundStatusBadge } from '../ui/status-badges';
import type { AgentCase } from './case-workspace-context';

/** The case's refund proposals and what the manager decided. */
export function RefundList({ refunds }: { refunds: AgentCase['refunds'] }) {
  const t = useTranslations();
  const format = useFormat();
  if (refunds.length === 0) return null;
  return (
    <ul className="request-list" aria-label={t('case.refund.listLabel')}>
      {refunds.map((refund) => (
        <li key={refund.id}>
          <span className="request-name">
            {t('case.refund.item', { basis: t(`labels.refundBasis.${refund.basis}`), amount: format.won(refund.amount) })}
          </span>
          <RefundStatusBadge status={refund.status} />
          {refund.usedDays !== null && refund.usedDays !== undefined && (
            <span className="muted">{t('case.refund.usedDaysLine', { days: refund.usedDays })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
