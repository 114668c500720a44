'use client';

import { useEffect, useRef } from 'react';
import { comboPressed } from './key-events';
import { shortcutOf, type ShortcutId } from './shortcut-registry';

/** Whether a modal dialog is open: page shortcuts then stay quiet, the dialog has the keyboard. */
export function dialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/**
 * Binds a registry shortcut on the whole document while the component is mounted. The handler
 * gets which of the shortcut's combinations was pressed (e.g. 2 for the "3" of "1–4") and
 * returns false when it did nothing, so the key keeps its usual meaning.
 */
export function useShortcut(id: ShortcutId, handler: (combo: number) => boolean | void, { whileDialogOpen = false } = {}) {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });

  useEffect(() => {
    const shortcut = shortcutOf(id);
    function onKeyDown(event: KeyboardEvent) {
      const combo = comboPressed(event, shortcut);
      if (combo === -1 || (!whileDialogOpen && dialogOpen())) return;
      if (latest.current(combo) === false) return;
      event.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [id, whileDialogOpen]);
}
