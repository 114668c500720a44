import { useTranslations } from 'next-intl';
import { Badge } from '../ui/badge';

/** Whether the operator has registered the pass's plate: 등록됨 / 미등록 (words, not colour alone). */
export function PassRegisteredBadge({ registered }: { registered: boolean }) {
  const t = useTranslations('case.passRegistered');
  return <Badge tone={registered ? 'success' : 'danger'}>{registered ? t('yes') : t('no')}</Badge>;
}
