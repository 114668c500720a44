'use client';

import { useEffect, useRef, useState } from 'react';

/** How a live page learns of changes: pushed over the change stream, or by polling while it is away. */
export type LiveMode = 'stream' | 'polling';

// When the server refused the stream (or the network failed it for good), the next try waits
// this long, doubling up to the last: an instance that cannot hear the database is not hammered.
const FIRST_RETRY_MS = 3_000;
const LAST_RETRY_MS = 30_000;

/** The address of the change stream: the viewer's lot queues, or one case. */
export function changeStreamUrl(caseId?: string): string {
  return caseId ? `/api/events?case=${encodeURIComponent(caseId)}` : '/api/events';
}

/**
 * Listens to the change stream (app/api/events) while `url` is set and calls `onChange` (a
 * re-read) for each change, and once whenever the stream opens (what changed while it was
 * away); a burst of changes during one re-read makes one more, not one each. Says 'stream'
 * while it is open and 'polling' otherwise, so the caller polls only then. The browser reopens a
 * stream the server closed; one it refused is tried again here with a growing wait.
 */
export function useChangeStream(url: string | null, onChange: () => Promise<unknown>): LiveMode {
  const [mode, setMode] = useState<LiveMode>('polling');
  const reread = useRef(onChange);
  useEffect(() => {
    reread.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!url || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let waitMs = FIRST_RETRY_MS;
    let reading = false;
    let again = false;
    const changed = () => {
      if (reading) return void (again = true);
      reading = true;
      void reread
        .current()
        .catch(() => undefined)
        .finally(() => {
          reading = false;
          if (again) {
            again = false;
            changed();
          }
        });
    };
    const open = () => {
      source = new EventSource(url);
      source.addEventListener('open', () => {
        waitMs = FIRST_RETRY_MS;
        setMode('stream');
        changed();
      });
      source.addEventListener('changed', changed);
      source.addEventListener('error', () => {
        setMode('polling');
        if (source?.readyState !== EventSource.CLOSED) return;
        retry = setTimeout(open, waitMs);
        waitMs = Math.min(waitMs * 2, LAST_RETRY_MS);
      });
    };
    open();
    return () => {
      clearTimeout(retry);
      source?.close();
      setMode('polling');
    };
  }, [url]);

  return url ? mode : 'polling';
}
