'use client';

import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { CaseFilter } from '@/graphql/generated/client/graphql';
import { apiErrorCode, apiErrorMessage } from '../../api-error';
import { RUN_BULK_CASE_JOB_BATCH, START_BULK_CASE_JOB } from './bulk-queries';
import type { BulkChange } from './bulk-text';

/** Where a bulk change stands in the browser. */
export interface BulkRun {
  phase: 'idle' | 'starting' | 'running' | 'failed' | 'done';
  change: BulkChange | null;
  jobId: string | null; // null until the server accepted the count
  total: number;
  done: number;
  error: string | null;
}

const IDLE: BulkRun = { phase: 'idle', change: null, jobId: null, total: 0, done: 0, error: null };

function messageOf(caught: unknown): string {
  return caught instanceof Error ? apiErrorMessage(caught) : String(caught);
}

/**
 * Starts a bulk job and runs its batches one after another until it is DONE. A failed batch
 * stops the loop and keeps the job, so `resume` carries on from the cases not yet changed.
 * `onFinished` runs when the list should be read again (done, or the count moved on).
 */
export function useBulkCaseJob(onFinished: () => void) {
  const [start] = useMutation(START_BULK_CASE_JOB);
  const [runBatch] = useMutation(RUN_BULK_CASE_JOB_BATCH);
  const [run, setRun] = useState<BulkRun>(IDLE);
  // Leaving the page stops the loop; the job stays on the server, half done.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  async function loop(jobId: string) {
    try {
      while (mounted.current) {
        const { data } = await runBatch({ variables: { id: jobId } });
        const job = data?.runBulkCaseJobBatch;
        if (!job) throw new Error('빈 응답을 받았습니다. 잠시 후 이어서 진행해 주세요.');
        if (!mounted.current) return;
        const finished = job.status === 'DONE';
        setRun((current) => ({ ...current, total: job.total, done: job.done, phase: finished ? 'done' : 'running' }));
        if (finished) {
          onFinished();
          return;
        }
      }
    } catch (caught) {
      if (mounted.current) setRun((current) => ({ ...current, phase: 'failed', error: messageOf(caught) }));
    }
  }

  async function begin(filter: CaseFilter, expectedCount: number, change: BulkChange) {
    setRun({ ...IDLE, phase: 'starting', change, total: expectedCount });
    try {
      const { data } = await start({
        variables: {
          filter,
          expectedCount,
          reassignTo: change.kind === 'REASSIGN' ? change.agentId : null,
          note: change.kind === 'ADD_NOTE' ? change.note : null,
        },
      });
      const job = data?.startBulkCaseJob;
      if (!job) throw new Error('빈 응답을 받았습니다. 잠시 후 다시 시도해 주세요.');
      setRun((current) => ({ ...current, phase: 'running', jobId: job.id, total: job.total, done: job.done }));
      await loop(job.id);
    } catch (caught) {
      setRun((current) => ({ ...current, phase: 'failed', error: messageOf(caught) }));
      // The filter matches another number now: read the list again so the bar shows it.
      if (caught instanceof Error && apiErrorCode(caught) === 'CONFLICT') onFinished();
    }
  }

  function resume() {
    if (!run.jobId) return;
    setRun((current) => ({ ...current, phase: 'running', error: null }));
    void loop(run.jobId);
  }

  return { run, begin, resume, reset: () => setRun(IDLE) };
}
