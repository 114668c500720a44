'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { QueueRow } from './queue-documents';
import { changedRows, rowSignatures, SHIFT_GUARD_MS } from './row-shift';

/**
 * The rows that moved or changed less than 500 ms ago (row-shift.ts): their buttons say so
 * (aria-disabled, which also makes a test's click wait) and `ignoresPointer` tells a handler to
 * drop a pointer press on them. Keyboard presses go to the focused button, which never slides,
 * so they are not held back.
 */
export function useSettlingRows(rows: readonly QueueRow[], loaded: boolean) {
  const previous = useRef<Map<string, string> | null>(null);
  const changedAt = useRef(new Map<string, number>());
  const [settling, setSettling] = useState<ReadonlySet<string>>(() => new Set());
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  // Before paint: the time must be on record before the next press can reach a moved row.
  useLayoutEffect(() => {
    if (!loaded) return;
    const current = rowSignatures(rows.map((item) => ({ key: item.key, status: item.row.status })));
    const changed = changedRows(previous.current, current);
    previous.current = current;
    if (changed.length === 0) return;
    const at = performance.now();
    for (const key of changed) changedAt.current.set(key, at);
    setSettling((keys) => new Set([...keys, ...changed]));
    // Each change ends on its own: a poll that changes nothing must not cancel an earlier one's end.
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      setSettling((keys) => new Set([...keys].filter((key) => performance.now() - (changedAt.current.get(key) ?? 0) < SHIFT_GUARD_MS - 5)));
    }, SHIFT_GUARD_MS);
    timers.current.add(timer);
  }, [rows, loaded]);

  /** Whether a pointer press on this row now is to be dropped (a keyboard press, `detail` 0, never is). */
  const ignoresPointer = useCallback((key: string, event: { detail: number }) => {
    if (event.detail === 0) return false;
    const at = changedAt.current.get(key);
    return at !== undefined && performance.now() - at < SHIFT_GUARD_MS;
  }, []);

  return { settling, ignoresPointer };
}
