import { formatClock } from '../format';
import type { NotificationAccess } from './use-request-alerts';

const ACCESS_HINT: Record<NotificationAccess, string> = {
  granted: '소리와 데스크톱 알림으로 알려 드립니다.',
  default: '소리로 알려 드립니다. 데스크톱 알림은 브라우저에서 허용해 주세요.',
  denied: '브라우저에서 데스크톱 알림이 차단되어 소리로만 알려 드립니다.',
  unsupported: '이 브라우저는 데스크톱 알림을 지원하지 않아 소리로만 알려 드립니다.',
};

interface LiveBarProps {
  lastUpdated: string | null;
  failing: boolean;
  alerts: { enabled: boolean; access: NotificationAccess; toggle: (next: boolean) => Promise<void> };
}

/** Above the queues: whether they are live and since when, the alert switch, the shortcuts. */
export function LiveBar({ lastUpdated, failing, alerts }: LiveBarProps) {
  const since = lastUpdated ? ` · 마지막 갱신 ${formatClock(lastUpdated)}` : '';
  const state = !lastUpdated ? 'connecting' : failing ? 'failing' : 'live';
  return (
    <div className="live-bar">
      <p className={`live-status live-status-${state}`}>
        <span className="live-dot" aria-hidden="true" />
        {state === 'connecting' && '연결 중…'}
        {state === 'live' && `실시간 갱신 중${since}`}
        {state === 'failing' && `갱신 실패${since} · 자동으로 다시 시도합니다`}
      </p>
      <div className="alert-switch">
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={alerts.enabled}
            aria-describedby={alerts.enabled ? 'alert-switch-hint' : undefined}
            onChange={(event) => void alerts.toggle(event.target.checked)}
          />
          <span>새 요청 알림</span>
        </label>
        {alerts.enabled && (
          <span className="field-hint" id="alert-switch-hint">
            {ACCESS_HINT[alerts.access]}
          </span>
        )}
      </div>
      <p className="shortcut-legend">
        단축키: <kbd>j</kbd>/<kbd>k</kbd> 이동 · <kbd>a</kbd> 처리
      </p>
    </div>
  );
}
