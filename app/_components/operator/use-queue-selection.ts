'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { QueueRow } from './queue-documents';
import { OPERATOR_SHORTCUTS, type QueueShortcutAction } from './queue-shortcuts';
import { moveSelection, selectionAfterRemoval } from './waiting-time';

// By physical key, so the shortcuts also work while the keyboard is in Hangul mode (ㅓ/ㅏ/ㅁ);
// by character where a browser reports no code.
const ACTION_OF_CODE = new Map<string, QueueShortcutAction>(OPERATOR_SHORTCUTS.map((s) => [s.code, s.action]));
const ACTION_OF_CHAR: Record<string, QueueShortcutAction> = {
  j: 'next',
  k: 'previous',
  a: 'acknowledge',
  J: 'next',
  K: 'previous',
  A: 'acknowledge',
  ㅓ: 'next',
  ㅏ: 'previous',
  ㅁ: 'acknowledge',
};

/** Typing into a field, or a dialog on top: the page's shortcuts must stay quiet. */
function shortcutsOff(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return true;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return true;
  return document.querySelector('dialog[open]') !== null;
}

/** Moves focus to a row (it carries tabIndex −1) and scrolls it just into view. */
export function focusRow(key: string): void {
  const element = document.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(key)}"]`);
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'nearest' });
}

/**
 * The selected row across both queues (exits, then registrations) and the page's shortcuts:
 * j/k move down/up, a acknowledges the selected row. When the selected row leaves the queue
 * while the keyboard is in use, the row that took its place is selected (and focused, if focus
 * went with the old row), so j/k/a carry on. After a tap or a click the selection is cleared
 * instead: it never jumps to a card the person did not touch (on a phone the next card would
 * light up and scroll into view as if it were theirs).
 */
export function useQueueSelection(rows: readonly QueueRow[], acknowledge: (row: QueueRow) => void) {
  const [selected, setSelected] = useState<string | null>(null);
  const lastIndex = useRef(0);
  const byKeyboard = useRef(false);
  useEffect(() => {
    const keyboard = () => (byKeyboard.current = true);
    const pointer = () => (byKeyboard.current = false);
    document.addEventListener('keydown', keyboard, true);
    document.addEventListener('pointerdown', pointer, true);
    return () => {
      document.removeEventListener('keydown', keyboard, true);
      document.removeEventListener('pointerdown', pointer, true);
    };
  }, []);
  const latest = useRef({ rows, selected, acknowledge });
  useEffect(() => {
    latest.current = { rows, selected, acknowledge };
  });

  useEffect(() => {
    if (selected === null) return;
    const keys = rows.map((row) => row.key);
    const index = keys.indexOf(selected);
    if (index !== -1) {
      lastIndex.current = index;
      return;
    }
    if (!byKeyboard.current) {
      setSelected(null);
      return;
    }
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    const next = selectionAfterRemoval(keys, lastIndex.current);
    setSelected(next);
    if (next && focusLost) focusRow(next);
  }, [rows, selected]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const action = ACTION_OF_CODE.get(event.code) ?? ACTION_OF_CHAR[event.key];
      if (!action || shortcutsOff(event)) return;
      const { rows: current, selected: chosen, acknowledge: act } = latest.current;
      if (action === 'acknowledge') {
        const row = current.find((candidate) => candidate.key === chosen);
        if (!row) return;
        event.preventDefault();
        act(row);
        return;
      }
      const next = moveSelection(
        current.map((row) => row.key),
        chosen,
        action === 'next' ? 1 : -1,
      );
      if (!next) return;
      event.preventDefault();
      setSelected(next);
      focusRow(next);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const select = useCallback((key: string) => setSelected(key), []);
  /** After a dialog closes on a row that has left: put focus back on the selected row. */
  const refocus = useCallback(() => {
    const active = document.activeElement;
    const key = latest.current.selected;
    if (key && (active === null || active === document.body)) focusRow(key);
  }, []);
  return { selected, select, refocus };
}
