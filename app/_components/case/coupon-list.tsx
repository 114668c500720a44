import { useTranslations } from 'next-intl';
import { formatInstant } from '../ui/format';
import { useFormat } from '../ui/use-format';
import { Badge } from '../ui/badge';
import styles from './case-corrections.module.css';
import { CaseRecordList } from './case-record-list';
import type { AgentCase } from './case-workspace-context';

/** The Parking CS coupons issued on the case: amount, the month they compensate, when. */
export function CouponList({ coupons }: { coupons: AgentCase['coupons'] }) {
  const t = useTranslations('case.coupon');
  const tc = useTranslations('caseCorrections.coupon');
  const tLabels = useTranslations('labels');
  const format = useFormat();
  if (coupons.length === 0) return null;
  return (
    <CaseRecordList label={t('listLabel')} records={coupons} name={(coupon) => t('name', { amount: format.won(coupon.amount) })}>
      {(coupon) => (
        <>
          <Badge tone="success">{t('issuedBadge')}</Badge>
          {/* Reclassified since: the coupon stays, issued under the kind the case had then. */}
          {coupon.underEarlierKind && (
            <span className={styles.wrapBadge}>
              <Badge tone="outline">{tc('earlierKind', { kind: tLabels(`vocKindShort.${coupon.issuedUnderKind}`) })}</Badge>
            </span>
          )}
          <span className="muted">{t('issuedLine', { month: coupon.month, at: formatInstant(coupon.issuedAt) })}</span>
        </>
      )}
    </CaseRecordList>
  );
}
