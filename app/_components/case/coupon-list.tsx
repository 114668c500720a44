import { useTranslations } from 'next-intl';
import { formatInstant } from '../ui/format';
import { useFormat } from '../ui/use-format';
import { Badge } from '../ui/badge';
import styles from './case-corrections.module.css';
import caseStyles from './case.module.css';
import type { AgentCase } from './case-workspace-context';

/** The Parking CS coupons issued on the case: amount, the month they compensate, when. */
export function CouponList({ coupons }: { coupons: AgentCase['coupons'] }) {
  const t = useTranslations('case.coupon');
  const tc = useTranslations('caseCorrections.coupon');
  const tLabels = useTranslations('labels');
  const format = useFormat();
  if (coupons.length === 0) return null;
  return (
    <ul className={caseStyles.requestList} aria-label={t('listLabel')}>
      {coupons.map((coupon) => (
        <li key={coupon.id}>
          <span className={caseStyles.requestName}>{t('name', { amount: format.won(coupon.amount) })}</span>
          <Badge tone="success">{t('issuedBadge')}</Badge>
          {/* Reclassified since: the coupon stays, issued under the kind the case had then. */}
          {coupon.underEarlierKind && (
            <span className={styles.wrapBadge}>
              <Badge tone="outline">{tc('earlierKind', { kind: tLabels(`vocKindShort.${coupon.issuedUnderKind}`) })}</Badge>
            </span>
          )}
          <span className="muted">{t('issuedLine', { month: coupon.month, at: formatInstant(coupon.issuedAt) })}</span>
        </li>
      ))}
    </ul>
  );
}
