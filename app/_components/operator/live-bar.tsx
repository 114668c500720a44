import { useTranslations } from 'next-intl';
import { formatClock } from '../ui/format';
import type { NotificationAccess } from './use-request-alerts';
import styles from './operator.module.css';

/** The dot's colour (and the text's, when failing) by the connection's state. */
const STATE_CLASS: Record<'failing' | 'live' | 'connecting', string | undefined> = {
  failing: styles.liveStatusFailing,
  live: styles.liveStatusLive,
  connecting: undefined,
};

interface LiveBarProps {
  lastUpdated: string | null;
  failing: boolean;
  alerts: { enabled: boolean; access: NotificationAccess; toggle: (next: boolean) => Promise<void> };
}

/** "실시간 갱신 중 · 마지막 갱신 09:30:12", or that polling fails (since when, if it ever worked), or still connecting. */
function LiveStatus({ lastUpdated, failing }: Pick<LiveBarProps, 'lastUpdated' | 'failing'>) {
  const t = useTranslations('operator.live');
  const state = failing ? 'failing' : lastUpdated ? 'live' : 'connecting';
  let text = t('connecting');
  if (lastUpdated) text = t(failing ? 'failing' : 'live', { time: formatClock(lastUpdated) });
  else if (failing) text = t('failingFirst');
  return (
    <p className={[styles.liveStatus, STATE_CLASS[state]].filter(Boolean).join(' ')}>
      <span className={styles.liveDot} aria-hidden="true" />
      {text}
    </p>
  );
}

/** Above the queues: whether they are live and since when, the alert switch, the shortcuts. */
export function LiveBar({ lastUpdated, failing, alerts }: LiveBarProps) {
  const t = useTranslations('operator');
  return (
    <div className={styles.liveBar}>
      <LiveStatus lastUpdated={lastUpdated} failing={failing} />
      <div className={styles.alertSwitch}>
        <label className={styles.switch}>
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
      <p className={styles.shortcutLegend}>{t.rich('shortcuts.legend', { kbd: (chunks) => <kbd>{chunks}</kbd> })}</p>
    </div>
  );
}
