// The operator queue's keyboard shortcuts as data, one list for the page that handles them
// (use-queue-selection.ts) and for the portal's shortcut overlay that lists them.

/** What a queue shortcut does. */
export type QueueShortcutAction = 'next' | 'previous' | 'acknowledge';

/** One shortcut of the operator's request queues. */
export interface QueueShortcut {
  /** The key as printed on the keycap (and as the overlay shows it). */
  key: 'j' | 'k' | 'a';
  /** The physical key (KeyboardEvent.code): the shortcut also works while typing Hangul (ㅓ/ㅏ/ㅁ). */
  code: 'KeyJ' | 'KeyK' | 'KeyA';
  action: QueueShortcutAction;
  /** The catalog message saying what it does, e.g. "다음 요청 선택"; its group is operator.shortcuts.group. */
  message: `operator.shortcuts.${QueueShortcutAction}`;
  /** The page where it works. */
  path: '/operator';
}

/** j/k move the selection down/up both queues, a acknowledges the selected request. */
export const OPERATOR_SHORTCUTS: readonly QueueShortcut[] = [
  { key: 'j', code: 'KeyJ', action: 'next', message: 'operator.shortcuts.next', path: '/operator' },
  { key: 'k', code: 'KeyK', action: 'previous', message: 'operator.shortcuts.previous', path: '/operator' },
  { key: 'a', code: 'KeyA', action: 'acknowledge', message: 'operator.shortcuts.acknowledge', path: '/operator' },
];
