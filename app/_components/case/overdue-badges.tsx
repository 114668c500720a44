import { useTranslations } from 'next-intl';
import { Badge } from '../ui/badge';

/** A request past the operator's target, and whether managers were told; text, not colour alone. */
export function OverdueBadges({ overdue, escalatedAt }: { overdue: boolean; escalatedAt?: string | null }) {
  const t = useTranslations('case.overdue');
  if (!overdue && !escalatedAt) return null;
  return (
    <>
      {overdue && <Badge tone="danger">{t('late')}</Badge>}
      {escalatedAt && <Badge tone="warning">{t('escalated')}</Badge>}
    </>
  );
}
