import type { KeyCombo, Shortcut } from './shortcut-registry';

/** The parts of a KeyboardEvent the shortcuts look at (a plain object in unit tests). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing: boolean;
  keyCode?: number;
  defaultPrevented: boolean;
  target: unknown;
}

// Inputs where a key press is a click or a choice, not a character.
const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color', 'image']);

/** Whether keys pressed on this element type text: text inputs, text areas, selects, editable content. */
export function isTypingTarget(target: unknown): boolean {
  if (!target || typeof target !== 'object' || !('tagName' in target)) return false;
  const element = target as { tagName: string; type?: string; isContentEditable?: boolean };
  if (element.isContentEditable) return true;
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return true;
  return element.tagName === 'INPUT' && !NOT_TYPED.has((element.type ?? 'text').toLowerCase());
}

/**
 * Whether an IME is composing: Korean is typed as jamo that combine into a syllable, and every
 * key press until the syllable is done belongs to the input method, never to a shortcut.
 * Chromium also marks such presses with keyCode 229.
 */
export function isComposing(press: KeyPress): boolean {
  return press.isComposing || press.keyCode === 229;
}

function matchesCombo(press: KeyPress, combo: KeyCombo): boolean {
  const mod = press.ctrlKey || press.metaKey;
  if (Boolean(combo.mod) !== mod || press.altKey) return false;
  return combo.codes.includes(press.code) || combo.keys.includes(press.key);
}

/**
 * Which of the shortcut's combinations this press is (its index), or -1 when it is none of them
 * or must not fire now: while composing, while typing into a field (unless the shortcut types
 * nothing, like Ctrl/⌘-K), or after another handler has taken the press.
 */
export function comboPressed(press: KeyPress, shortcut: Shortcut): number {
  if (press.defaultPrevented || isComposing(press)) return -1;
  if (!shortcut.inFields && isTypingTarget(press.target)) return -1;
  return shortcut.combos.findIndex((combo) => matchesCombo(press, combo));
}
