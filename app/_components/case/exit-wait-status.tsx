'use client';

import { useTranslations } from 'next-intl';
import { useServerNow } from '../operator/use-server-now';
import type { AgentCase } from './case-workspace-context';
import { useElapsed } from './use-elapsed';
import { secondsBetween } from './wait-state';
import styles from './wait.module.css';

type Exit = AgentCase['exitRequests'][number];

/**
 * How long the customer has waited at the barrier ("출차 요청 3분 12초 경과", on the server's
 * clock, ticking), or how long the lot took once it handled the exit ("처리됨 · 2분 40초").
 */
export function ExitWaitStatus({ waiting, handled, offsetMs }: { waiting: Exit | null; handled: Exit | null; offsetMs: number }) {
  if (waiting) return <Waiting exit={waiting} offsetMs={offsetMs} />;
  if (handled?.acknowledgedAt) return <Handled exit={handled} />;
  return null;
}

function Waiting({ exit, offsetMs }: { exit: Exit; offsetMs: number }) {
  const t = useTranslations('caseWait.status');
  const elapsed = useElapsed();
  const now = useServerNow(offsetMs);
  return (
    <p className={styles.status} data-exit-wait="waiting">
      {/* The time ticks every second: shown, not read out; the toast says when the lot answers. */}
      <span className={styles.waiting}>{t('waiting', { elapsed: elapsed(secondsBetween(exit.requestedAt, now)) })}</span>
      <span className="muted">{t('live')}</span>
    </p>
  );
}

function Handled({ exit }: { exit: Exit }) {
  const t = useTranslations('caseWait.status');
  const elapsed = useElapsed();
  const took = secondsBetween(exit.requestedAt, Date.parse(exit.acknowledgedAt ?? exit.requestedAt));
  return (
    <p className={styles.status} data-exit-wait="handled">
      <span className={styles.handled}>{t('handled', { elapsed: elapsed(took) })}</span>
    </p>
  );
}
