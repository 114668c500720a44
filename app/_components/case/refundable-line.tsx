'use client';

import { useTranslations } from 'next-intl';
import { useFormat } from '../ui/use-format';
import styles from './case.module.css';

/** What the pass can still be refunded, and why it is less than what was paid when it is. */
export function RefundableLine({ refundable, paid }: { refundable: number; paid: number }) {
  const t = useTranslations('case.compensation');
  const format = useFormat();
  return (
    <p className={styles.refundableLine}>
      <strong>{t('refundable', { amount: format.won(refundable) })}</strong>
      {refundable < paid && (
        <span className="field-hint"> {t('refundableNote', { paid: format.won(paid), held: format.won(paid - refundable) })}</span>
      )}
    </p>
  );
}
