'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef } from 'react';
import { ActionButton } from '../../ui/action-button';
import { ActionFeedback } from '../../ui/action-feedback';
import styles from './bulk.module.css';
import { useBulkText } from './bulk-text';
import type { BulkRun } from './use-bulk-case-job';

interface BulkProgressProps {
  run: BulkRun;
  onResume: () => void;
  onClose: () => void;
}

/** The running job: a progress bar with "312 / 1,284건", then success, or why it stopped and 이어서 진행. */
export function BulkProgress({ run, onResume, onClose }: BulkProgressProps) {
  const id = useId();
  const t = useTranslations('bulk.progress');
  const tCommon = useTranslations('common');
  const text = useBulkText();
  const ref = useRef<HTMLDivElement>(null);
  const busy = run.phase === 'starting' || run.phase === 'running';

  // The buttons that started the job are disabled while it runs: keep the keyboard here.
  useEffect(() => {
    if (run.phase === 'starting') ref.current?.focus();
  }, [run.phase]);

  if (run.phase === 'idle' || !run.change) return null;
  const phase = busy ? 'running' : run.phase === 'done' ? 'done' : 'stopped';
  const failure =
    run.phase !== 'failed'
      ? null
      : run.jobId
        ? t('stopped', { reason: run.error ?? '', count: run.total - run.done })
        : t('notStarted', { reason: run.error ?? '' });
  return (
    <div ref={ref} className={styles.progressPanel} tabIndex={-1} aria-labelledby={`${id}-title`} role="group">
      <p id={`${id}-title`} className={styles.progressTitle}>
        {t('title', { action: run.change.kind, phase })}
      </p>
      <progress
        className={styles.progressBar}
        value={run.phase === 'starting' ? undefined : run.done}
        max={run.total}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-count`}
      />
      <p id={`${id}-count`} className={styles.progressCount} aria-live="polite">
        {run.phase === 'starting' ? t('checking') : text.progress(run.done, run.total)}
      </p>
      {/* Always in the page, so that screen readers announce the line when it fills in. */}
      <ActionFeedback state={{ done: run.phase === 'done' ? text.done(run.change, run.total) : null, error: failure }} />
      {!busy && (
        <div className={styles.progressActions}>
          {run.phase === 'failed' && run.jobId && (
            <ActionButton pending={false} onClick={onResume}>
              {t('resume')}
            </ActionButton>
          )}
          <button type="button" className="button button-secondary" onClick={onClose}>
            {tCommon('close')}
          </button>
        </div>
      )}
    </div>
  );
}
