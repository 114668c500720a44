import { useTranslations } from 'next-intl';
import { formatClock } from '../ui/format';
import type { LiveMode } from '../ui/use-change-stream';
import type { NotificationAccess } from './use-request-alerts';
import { POLL_INTERVAL_MS } from './use-request-queues';
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
  /** Whether changes are pushed to the page or, while the stream is away, polled for. */
  mode: LiveMode;
  alerts: { enabled: boolean; access: NotificationAccess; toggle: (next: boolean) => Promise<void> };
}

/**
 * "실시간 갱신 중 · 마지막 갱신 09:30:12" (pushed), the same with "2초마다 확인" while it polls
 * instead, or that reading fails (since when, if it ever worked), or still connecting.
 */
function LiveStatus({ lastUpdated, failing, mode }: Pick<LiveBarProps, 'lastUpdated' | 'failing' | 'mode'>) {
  const t = useTranslations('operator.live');
  const state = failing ? 'failing' : lastUpdated ? 'live' : 'connecting';
  let text = t('connecting');
  if (lastUpdated && failing) text = t('failing', { time: formatClock(lastUpdated) });
  else if (lastUpdated && mode === 'stream') text = t('live', { time: formatClock(lastUpdated) });
  else if (lastUpdated) text = t('polling', { time: formatClock(lastUpdated), seconds: POLL_INTERVAL_MS / 1000 });
  else if (failing) text = t('failingFirst');
  return (
    <p className={[styles.liveStatus, STATE_CLASS[state]].filter(Boolean).join(' ')}>
      <span className={styles.liveDot} aria-hidden="true" />
      {text}
    </p>
  );
}

/** Above the queues: whether they are live and since when, the alert switch, the shortcuts. */
export function LiveBar({ lastUpdated, failing, mode, alerts }: LiveBarProps) {
  const t = useTranslations('operator');
  return (
    <div className={styles.liveBar}>
      <LiveStatus lastUpdated={lastUpdated} failing={failing} mode={mode} />
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
