'use client';

import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { OPERATOR_REQUEST_QUEUES, type QueueRow } from './queue-documents';
import { clockOffset } from './waiting-time';

/** How often the queues ask the server: a new request shows up within this plus one answer. */
export const POLL_INTERVAL_MS = 3_000;

/**
 * Both queues, polled every 3 s (the database is the source, so requests made through any app
 * instance show up), with the server-minus-browser clock offset measured on every answer.
 * Rows that left the open states (handled here a moment ago) are dropped before the next poll.
 * While the tab is hidden polling pauses, unless `pollWhileHidden` (new-request alerts are on).
 */
export function useRequestQueues(pollWhileHidden: boolean) {
  const pollHidden = useRef(pollWhileHidden);
  useEffect(() => {
    pollHidden.current = pollWhileHidden;
  }, [pollWhileHidden]);
  const { data, previousData, error, refetch } = useQuery(OPERATOR_REQUEST_QUEUES, {
    pollInterval: POLL_INTERVAL_MS,
    // Never a cached copy: its serverTime would be old and every waiting time wrong.
    fetchPolicy: 'network-only',
    skipPollAttempt: () => document.hidden && !pollHidden.current,
  });
  // A failed poll keeps the last good queues on screen; the live bar says they are stale.
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
