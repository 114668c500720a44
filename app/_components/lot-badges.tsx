import { INTEGRATION_LABEL } from './format';
import type { LotIntegration } from '@/graphql/generated/client/graphql';

/** 연동 / 비연동: whether the lot's gate system syncs passes by itself. */
export function IntegrationBadge({ integration }: { integration: LotIntegration }) {
  const tone = integration === 'LINKED' ? 'badge-accent' : 'badge-neutral';
  return <span className={`badge ${tone}`}>{INTEGRATION_LABEL[integration]}</span>;
}

/** 호출버튼 있음 / 없음: whether a driver can call the lot from its exit. */
export function CallButtonBadge({ hasExitCallButton }: { hasExitCallButton: boolean }) {
  return (
    <span className={`badge ${hasExitCallButton ? 'badge-success' : 'badge-neutral'}`}>
      {hasExitCallButton ? '호출버튼 있음' : '호출버튼 없음'}
    </span>
  );
}
