import { useTranslations } from 'next-intl';
import { formatClock } from '../format';
import type { NotificationAccess } from './use-request-alerts';

interface LiveBarProps {
  lastUpdated: string | null;
  failing: boolean;
  alerts: { enabled: boolean; access: NotificationAccess; toggle: (next: boolean) => Promise<void> };
}

/** "실시간 갱신 중 · 마지막 갱신 09:30:12", or that the last poll failed, or still connecting. */
function LiveStatus({ lastUpdated, failing }: Pick<LiveBarProps, 'lastUpdated' | 'failing'>) {
  const t = useTranslations('operator.live');
  const state = !lastUpdated ? 'connecting' : failing ? 'failing' : 'live';
  return (
    <p className={`live-status live-status-${state}`}>
      <span className="live-dot" aria-hidden="true" />
      {state === 'connecting' ? t('connecting') : t(state, { time: formatClock(lastUpdated ?? '') })}
    </p>
  );
}

/** Above the queues: whether they are live and since when, the alert switch, the shortcuts. */
export function LiveBar({ lastUpdated, failing, alerts }: LiveBarProps) {
  const t = useTranslations('operator');
  return (
    <div className="live-bar">
      <LiveStatus lastUpdated={lastUpdated} failing={failing} />
      <div className="alert-switch">
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={alerts.enabled}
            aria-describedby={alerts.enabled ? 'alert-switch-hint' : undefined}
            onChange={(event) => void alerts.toggle(event.target.checked)}
          />
          <span>{t('alerts.label')}</span>
        </label>
        {alerts.enabled && (
          <span className="field-hint" id="alert-switch-hint">
            {t(`alerts.hint.${alerts.access}`)}
          </span>
        )}
      </div>
      <p className="shortcut-legend">{t.rich('shortcuts.legend', { kbd: (chunks) => <kbd>{chunks}</kbd> })}</p>
    </div>
  );
}
