import { useTranslations } from 'next-intl';
import type { LotIntegration } from '@/graphql/generated/client/graphql';
import { Badge } from '../ui/badge';

/** 연동 / 비연동: whether the lot's gate system syncs passes by itself. */
export function IntegrationBadge({ integration }: { integration: LotIntegration }) {
  const t = useTranslations('labels.integration');
  return <Badge tone={integration === 'LINKED' ? 'accent' : 'neutral'}>{t(integration)}</Badge>;
}

/** 호출버튼 있음 / 없음: whether a driver can call the lot from its exit. */
export function CallButtonBadge({ hasExitCallButton }: { hasExitCallButton: boolean }) {
  const t = useTranslations('labels.callButton');
  return <Badge tone={hasExitCallButton ? 'success' : 'neutral'}>{hasExitCallButton ? t('has') : t('none')}</Badge>;
}
