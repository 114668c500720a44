'use client';

import { useEffect, useId, useRef } from 'react';
import { formatCount } from '../report-format';
import styles from './bulk.module.css';
import { describeDone, describeProgress } from './bulk-text';
import type { BulkRun } from './use-bulk-case-job';

interface BulkProgressProps {
  run: BulkRun;
  onResume: () => void;
  onClose: () => void;
}

/** The running job: a progress bar with "312 / 1,284건", then success, or why it stopped and 이어서 진행. */
export function BulkProgress({ run, onResume, onClose }: BulkProgressProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const busy = run.phase === 'starting' || run.phase === 'running';

  // The buttons that started the job are disabled while it runs: keep the keyboard here.
  useEffect(() => {
    if (run.phase === 'starting') ref.current?.focus();
  }, [run.phase]);

  if (run.phase === 'idle' || !run.change) return null;
  const title = run.change.kind === 'REASSIGN' ? '담당 상담사 변경' : '메모 추가';
  return (
    <div ref={ref} className={styles.progressPanel} tabIndex={-1} aria-labelledby={`${id}-title`} role="group">
      <p id={`${id}-title`} className={styles.progressTitle}>
        {title} {busy ? '진행 중' : run.phase === 'done' ? '완료' : '중단됨'}
      </p>
      <progress
        className={styles.progressBar}
        value={run.phase === 'starting' ? undefined : run.done}
        max={run.total}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-count`}
      />
      <p id={`${id}-count`} className={styles.progressCount} aria-live="polite">
        {run.phase === 'starting' ? '건수를 확인하는 중…' : describeProgress(run.done, run.total)}
      </p>
      {/* Always in the page, so that screen readers announce the line when it fills in. */}
      <p className={styles.success} role="status">
        {run.phase === 'done' ? describeDone(run.change, run.total) : null}
      </p>
      {run.phase === 'failed' && (
        <div className={styles.failure}>
          <p className="alert" role="alert">
            {run.jobId
              ? `${run.error ?? ''} 남은 ${formatCount(run.total - run.done)}은 ‘이어서 진행’을 누르면 이어서 처리합니다.`
              : `시작하지 못했습니다. ${run.error ?? ''}`}
          </p>
        </div>
      )}
      {!busy && (
        <div className={styles.progressActions}>
          {run.phase === 'failed' && run.jobId && (
            <button type="button" className="button button-primary" onClick={onResume}>
              이어서 진행
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={onClose}>
            닫기
          </button>
        </div>
      )}
    </div>
  );
}
