import { useTranslations } from 'next-intl';
import type { ComponentProps } from 'react';
import { REFUND_PROPOSAL_REASON_MAX } from '@/lib/domain/refund';
import { describedBy, Field } from '../ui/field';

type TextareaProps = Omit<ComponentProps<'textarea'>, 'id' | 'name' | 'className' | 'maxLength'>;

/**
 * The reason a refund is proposed on, read by the manager who approves it: both proposals'
 * field (소보원 and company policy), held to the API's limit; whether it is required is theirs.
 */
export function RefundReasonField({ id, label, ...textarea }: TextareaProps & { id: string; label: string }) {
  const t = useTranslations('case.refund');
  return (
    <Field id={id} label={label} hint={t('reasonHint')}>
      <textarea
        {...describedBy(id, { hint: true })}
        className="input textarea"
        name="reason"
        maxLength={REFUND_PROPOSAL_REASON_MAX}
        {...textarea}
      />
    </Field>
  );
}
