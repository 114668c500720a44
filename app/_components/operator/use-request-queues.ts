'use client';

import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { changeStreamUrl, useChangeStream } from '../ui/use-change-stream';
import { OPERATOR_REQUEST_QUEUES, type QueueRow } from './queue-documents';
import { clockOffset } from './waiting-time';

/**
 * How often the queues ask the server while the change stream is away. Apollo waits this long
 * after each answer, so a new request shows up within this plus up to two answers: 2 s keeps
 * that within the 3 s issue 18 allows without the stream.
 */
export const POLL_INTERVAL_MS = 2_000;

/**
 * Both queues, read again whenever the change stream says a request at the operator's lots
 * changed (the database notifies every app instance, so a request made through any of them
 * shows up), and polled every 2 s only while the stream is away. The server-minus-browser
 * clock offset is measured on every answer. Rows that left the open states (handled here a
 * moment ago) are dropped before the next read. While the tab is hidden reads pause (a change
 * heard meanwhile is read on return), unless `pollWhileHidden` (new-request alerts are on).
 */
export function useRequestQueues(pollWhileHidden: boolean) {
  const pollHidden = useRef(pollWhileHidden);
  useEffect(() => {
    pollHidden.current = pollWhileHidden;
  }, [pollWhileHidden]);
  const refetchQueues = useRef<() => Promise<unknown>>(() => Promise.resolve());
  const missedWhileHidden = useRef(false);
  const onChange = useCallback(() => {
    if (!document.hidden || pollHidden.current) return refetchQueues.current();
    missedWhileHidden.current = true;
    return Promise.resolve();
  }, []);
  const mode = useChangeStream(changeStreamUrl(), onChange);
  const { data, previousData, error, refetch } = useQuery(OPERATOR_REQUEST_QUEUES, {
    pollInterval: mode === 'stream' ? 0 : POLL_INTERVAL_MS,
    // Never a cached copy: its serverTime would be old and every waiting time wrong.
    fetchPolicy: 'network-only',
    skipPollAttempt: () => document.hidden && !pollHidden.current,
  });
  useEffect(() => {
    refetchQueues.current = refetch;
    const onVisible = () => {
      if (document.hidden || !missedWhileHidden.current) return;
      missedWhileHidden.current = false;
      void refetch().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refetch]);
  // A failed read keeps the last good queues on screen; the live bar says they are stale.
  const shown = data ?? previousData;
  const serverTime = shown?.serverTime ?? null;
  const [offsetMs, setOffsetMs] = useState(0);

  useEffect(() => {
    if (serverTime) setOffsetMs(clockOffset(serverTime, Date.now()));
  }, [serverTime]);

  const exits = useMemo<QueueRow[]>(
    () =>
      (shown?.exitRequestQueue ?? [])
        .filter((row) => row.status === 'REQUESTED')
        .map((row) => ({ kind: 'exit', key: `exit:${row.id}`, row })),
    [shown],
  );
  const registrations = useMemo<QueueRow[]>(
    () =>
      (shown?.registrationQueue ?? [])
        .filter((row) => row.status === 'REQUESTED' || row.status === 'ACKNOWLEDGED')
        .map((row) => ({ kind: 'registration', key: `registration:${row.id}`, row })),
    [shown],
  );

  return {
    /** Whether any answer arrived yet. */
    loaded: shown !== undefined,
    exits,
    registrations,
    error,
    /** Whether changes are pushed (the stream is open) or polled for. */
    mode,
    /** The server's time of the last good answer: "마지막 갱신". */
    lastUpdated: serverTime,
    offsetMs,
    /** Asks again now; never throws (the page keeps the last good copy). */
    refresh: () =>
      refetch().then(
        () => undefined,
        () => undefined,
      ),
  };
}
