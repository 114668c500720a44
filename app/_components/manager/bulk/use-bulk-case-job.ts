'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { CaseFilter } from '@/graphql/generated/client/graphql';
import { apiErrorCode, useApiErrorMessage } from '../../ui/api-error';
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

/** The server answered without the job: the sentence is already the reader's, not an API error to translate. */
class EmptyAnswer extends Error {}

const IDLE: BulkRun = { phase: 'idle', change: null, jobId: null, total: 0, done: 0, error: null };

/**
 * Starts a bulk job and runs its batches one after another until it is DONE. A failed batch
 * stops the loop and keeps the job, so `resume` carries on from the cases not yet changed.
 * `onFinished` runs when the list should be read again (done, or the count moved on).
 */
export function useBulkCaseJob(onFinished: () => void) {
  const t = useTranslations('bulk.progress');
  const errorMessage = useApiErrorMessage();
  const messageOf = (caught: unknown) =>
    caught instanceof EmptyAnswer ? caught.message : caught instanceof Error ? errorMessage(caught) : String(caught);
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
        if (!job) throw new EmptyAnswer(t('emptyAnswerResume'));
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
      if (!job) throw new EmptyAnswer(t('emptyAnswerRetry'));
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
