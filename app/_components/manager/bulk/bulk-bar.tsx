'use client';

import { useId, useState } from 'react';
import type { CaseFilter } from '@/graphql/generated/client/graphql';
import { formatCount } from '../report-format';
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
        일괄 작업
      </h3>
      <div className={styles.toggleRow}>
        <label className={styles.toggle}>
          <input type="checkbox" checked={selected} disabled={busy} onChange={(event) => setSelected(event.target.checked)} />
          조건에 맞는 {formatCount(totalCount)} 모두 선택
        </label>
        <span className="muted">
          {selected ? '이 쪽에 보이는 상담만이 아니라 조건에 맞는 모든 상담에 적용합니다.' : '선택하면 담당 상담사 변경, 메모 추가, 내보내기를 한 번에 할 수 있습니다.'}
        </span>
      </div>
      {selected && <BulkActions disabled={busy} exportHref={exportHref} onPick={setConfirming} />}
      <BulkProgress run={run} onResume={resume} onClose={reset} />
      <BulkConfirmDialog change={confirming} count={totalCount} onConfirm={confirm} onCancel={() => setConfirming(null)} />
    </section>
  );
}
