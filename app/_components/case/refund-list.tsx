import { useTranslations } from 'next-intl';
import { useFormat } from '../ui/use-format';
import { RefundStatusBadge } from '../ui/status-badges';
import type { AgentCase } from './case-workspace-context';
import styles from './case.module.css';

/** The case's refund proposals and what the manager decided. */
export function RefundList({ refunds }: { refunds: AgentCase['refunds'] }) {
  const t = useTranslations();
  const format = useFormat();
  if (refunds.length === 0) return null;
  return (
    <ul className={styles.requestList} aria-label={t('case.refund.listLabel')}>
      {refunds.map((refund) => (
        <li key={refund.id}>
          <span className={styles.requestName}>
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
