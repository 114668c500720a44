import { describe, expect, it } from 'vitest';
import { comboPressed, isTypingTarget, type KeyPress } from '@/app/_components/keyboard/key-events';
import { SCOPES_OF, SHORTCUTS, shortcutOf, type ShortcutId } from '@/app/_components/keyboard/shortcut-registry';
import { OPERATOR_SHORTCUTS } from '@/app/_components/operator/queue-shortcuts';
import { MESSAGES } from '@/lib/i18n/messages';

// Issue 9, item 3: one registry of shortcuts drives the key handlers and the `?` list; no
// shortcut fires while the agent types into a field or composes Hangul.

const BODY = { tagName: 'BODY' };
const press = (over: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  defaultPrevented: false,
  target: BODY,
  ...over,
});
const fires = (id: ShortcutId, over: Partial<KeyPress>) => comboPressed(press(over), shortcutOf(id));

describe('which key press is which shortcut', () => {
  it.each([
    ['n on the page', 'newCase', { key: 'n', code: 'KeyN' }, 0],
    ['N with Shift or Caps Lock', 'newCase', { key: 'N', code: 'KeyN' }, 0],
    ['the N key in Hangul mode (it types ㅜ)', 'newCase', { key: 'ㅜ', code: 'KeyN' }, 0],
    ['Ctrl+K', 'openPalette', { key: 'k', code: 'KeyK', ctrlKey: true }, 0],
    ['⌘K on a Mac', 'openPalette', { key: 'k', code: 'KeyK', metaKey: true }, 0],
    ['Ctrl+K in Hangul mode', 'openPalette', { key: 'ㅏ', code: 'KeyK', ctrlKey: true }, 0],
    ['? (Shift+/)', 'showShortcuts', { key: '?', code: 'Slash' }, 0],
    ['.', 'nextAction', { key: '.', code: 'Period' }, 0],
    ['3 on the number row', 'goToStep', { key: '3', code: 'Digit3' }, 2],
    ['4 on the number pad', 'goToStep', { key: '4', code: 'Numpad4' }, 3],
  ] as const)('%s', (_what, id, over, combo) => {
    expect(fires(id, over)).toBe(combo);
  });

  it.each([
    ['k alone is not Ctrl+K', 'openPalette', { key: 'k', code: 'KeyK' }],
    ['Ctrl+N is the browser’s new window, not n', 'newCase', { key: 'n', code: 'KeyN', ctrlKey: true }],
    ['Alt+N', 'newCase', { key: 'n', code: 'KeyN', altKey: true }],
    ['/ without Shift', 'showShortcuts', { key: '/', code: 'Slash' }],
    ['5 is no step', 'goToStep', { key: '5', code: 'Digit5' }],
    ['a press another handler already took', 'newCase', { key: 'n', code: 'KeyN', defaultPrevented: true }],
  ] as const)('not: %s', (_what, id, over) => {
    expect(fires(id, over)).toBe(-1);
  });
});

describe('shortcuts never fire while typing or composing', () => {
  it.each([
    ['a text input', { tagName: 'INPUT', type: 'text' }],
    ['an input without a type', { tagName: 'INPUT' }],
    ['a search box', { tagName: 'INPUT', type: 'search' }],
    ['a number field', { tagName: 'INPUT', type: 'number' }],
    ['a text area', { tagName: 'TEXTAREA' }],
    ['a select', { tagName: 'SELECT' }],
    ['editable content', { tagName: 'DIV', isContentEditable: true }],
  ])('in %s, n, ?, . and 1 type themselves', (_what, target) => {
    expect(isTypingTarget(target)).toBe(true);
    expect(fires('newCase', { key: 'n', code: 'KeyN', target })).toBe(-1);
    expect(fires('showShortcuts', { key: '?', code: 'Slash', target })).toBe(-1);
    expect(fires('nextAction', { key: '.', code: 'Period', target })).toBe(-1);
    expect(fires('goToStep', { key: '1', code: 'Digit1', target })).toBe(-1);
  });

  it.each([
    ['a button', { tagName: 'BUTTON' }],
    ['a radio button', { tagName: 'INPUT', type: 'radio' }],
    ['a checkbox', { tagName: 'INPUT', type: 'checkbox' }],
    ['a file chooser', { tagName: 'INPUT', type: 'file' }],
  ])('on %s nothing is typed, so the shortcut works', (_what, target) => {
    expect(isTypingTarget(target)).toBe(false);
    expect(fires('nextAction', { key: '.', code: 'Period', target })).toBe(0);
  });

  it('Ctrl/⌘-K types nothing, so it also opens the palette from a field', () => {
    expect(fires('openPalette', { key: 'k', code: 'KeyK', ctrlKey: true, target: { tagName: 'INPUT', type: 'text' } })).toBe(0);
  });

  it.each([
    ['the IME says it is composing', { isComposing: true }],
    ['Chromium’s composing key code 229', { keyCode: 229 }],
  ])('while Hangul is being composed (%s), nothing fires, not even Ctrl+K', (_what, over) => {
    expect(fires('newCase', { key: 'n', code: 'KeyN', ...over })).toBe(-1);
    expect(fires('showShortcuts', { key: '?', code: 'Slash', ...over })).toBe(-1);
    expect(fires('openPalette', { key: 'k', code: 'KeyK', ctrlKey: true, ...over })).toBe(-1);
  });
});

describe('the registry', () => {
  it('every shortcut has its description in both languages', () => {
    const lookUp = (tree: unknown, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
    for (const shortcut of SHORTCUTS) {
      expect(lookUp(MESSAGES.ko, shortcut.message), shortcut.message).toEqual(expect.any(String));
      expect(lookUp(MESSAGES.en, shortcut.message), shortcut.message).toEqual(expect.any(String));
    }
  });

  it("lists the operator queue's own keys, as the queue binds them", () => {
    const queue = SHORTCUTS.filter((s) => s.scope === 'operatorQueue');
    expect(queue.map((s) => s.combos[0]?.codes)).toEqual(OPERATOR_SHORTCUTS.map((s) => [s.code]));
    expect(queue.map((s) => s.message)).toEqual(OPERATOR_SHORTCUTS.map((s) => s.message));
  });

  it('lists n (new case) for agents and j/k/a (the request queue) for operators', () => {
    const idsOf = (role: keyof typeof SCOPES_OF) =>
      SHORTCUTS.filter((s) => (SCOPES_OF[role] as readonly string[]).includes(s.scope)).map((s) => s.id);
    expect(idsOf('AGENT')).toEqual(expect.arrayContaining(['openPalette', 'showShortcuts', 'newCase', 'nextAction', 'goToStep']));
    expect(idsOf('OPERATOR')).toEqual(expect.arrayContaining(['openPalette', 'queueDown', 'queueUp', 'queueAcknowledge']));
    expect(idsOf('OPERATOR')).not.toContain('newCase');
    expect(idsOf('MANAGER')).toEqual(['openPalette', 'showShortcuts', 'closeDialog']);
  });

  it('no two shortcuts that can be live on the same page share a key', () => {
    const pageScopes = ['agentList', 'casePage', 'operatorQueue'] as const;
    for (const scope of pageScopes) {
      const live = SHORTCUTS.filter((s) => s.scope === 'global' || s.scope === scope);
      const keys = live.flatMap((s) => s.combos.map((c) => `${'mod' in c && c.mod ? 'mod+' : ''}${c.cap}`));
      expect(new Set(keys).size, `${scope}: ${keys.join(' ')}`).toBe(keys.length);
    }
  });
});
