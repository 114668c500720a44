'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { CaseFilter } from '@/graphql/generated/client/graphql';
import { BulkActions } from './bulk-actions';
import { BulkConfirmDialog } from './bulk-confirm-dialog';
import { BulkProgress } from './bulk-progress';
import styles from './bulk.module.css';
import type { BulkChange } from './bulk-text';
import { useBulkCaseJob } from './use-bulk-case-job';

interface BulkBarProps {
  filter: CaseFilter;
  /** Every case the filter matches (the list's totalCount), not only the page shown. */
  totalCount: number;
  exportHref: string;
  /** Reads the list again once the change has run. */
  onFinished: () => void;
}

/** "조건에 맞는 1,284건 모두 선택", then reassign, add a note or export them all, confirmed first. */
export function BulkBar({ filter, totalCount, exportHref, onFinished }: BulkBarProps) {
  const id = useId();
  const t = useTranslations('bulk');
  const [selected, setSelected] = useState(false);
  const [confirming, setConfirming] = useState<BulkChange | null>(null);
  const { run, begin, resume, reset } = useBulkCaseJob(onFinished);
  const busy = run.phase === 'starting' || run.phase === 'running';

  function confirm() {
    if (!confirming) return;
    const change = confirming;
    setConfirming(null);
    void begin(filter, totalCount, change);
  }

  return (
    <section className={selected ? `${styles.bar} ${styles.barSelected}` : styles.bar} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="visually-hidden">
        {t('heading')}
      </h3>
      <div className={styles.toggleRow}>
        <label className={styles.toggle}>
          <input type="checkbox" checked={selected} disabled={busy} onChange={(event) => setSelected(event.target.checked)} />
          {t('selectAll', { count: totalCount })}
        </label>
        <span className="muted">{selected ? t('selectedHint') : t('idleHint')}</span>
      </div>
      {selected && <BulkActions disabled={busy} exportHref={exportHref} onPick={setConfirming} />}
      <BulkProgress run={run} onResume={resume} onClose={reset} />
      <BulkConfirmDialog change={confirming} count={totalCount} onConfirm={confirm} onCancel={() => setConfirming(null)} />
    </section>
  );
}
