import type { Role } from '@/graphql/generated/client/graphql';
import type { Messages } from '@/lib/i18n/messages';
import { OPERATOR_SHORTCUTS, type QueueShortcut, type QueueShortcutAction } from '../operator/queue-shortcuts';

/** Where a shortcut works: everywhere, or on one page of one role. */
export type ShortcutScope = 'global' | 'agentList' | 'casePage' | 'operatorQueue';

/**
 * One key combination. Matched by the physical key (`code`) first, so a shortcut also works
 * while the keyboard is in Hangul mode, where the N key types a jamo instead of n; `keys` are
 * the characters the key may type (layouts differ), `cap` is what its key cap shows.
 */
export interface KeyCombo {
  codes: readonly string[];
  keys: readonly string[];
  cap: string;
  /** Held with Ctrl (Windows, Linux) or ⌘ (macOS). */
  mod?: boolean;
}

/** One entry of the registry: the key handlers and the `?` overlay both read it. */
export interface Shortcut {
  id: ShortcutId;
  scope: ShortcutScope;
  combos: readonly KeyCombo[];
  /** Its description in the catalog: keyboard.shortcuts.*, or the operator queue's own wording. */
  message: `keyboard.shortcuts.${keyof Messages['keyboard']['shortcuts']}` | QueueShortcut['message'];
  /** Shown as one range ("1–4") rather than key by key. */
  range?: boolean;
  /** No character can come of it, so it works inside a text field too (Ctrl/⌘-K). */
  inFields?: boolean;
  /** Listed here, handled elsewhere: by the browser (Esc) or by the page's own hook. */
  boundElsewhere?: string;
}

const letter = (lower: string): KeyCombo => ({
  codes: [`Key${lower.toUpperCase()}`],
  keys: [lower, lower.toUpperCase()],
  cap: lower.toUpperCase(),
});
const digit = (n: number): KeyCombo => ({ codes: [`Digit${n}`, `Numpad${n}`], keys: [String(n)], cap: String(n) });

// The portal's own shortcuts, bound through use-shortcut.ts.
const OWN_SHORTCUTS = [
  {
    id: 'openPalette',
    scope: 'global',
    combos: [{ ...letter('k'), mod: true }],
    message: 'keyboard.shortcuts.openPalette',
    inFields: true,
  },
  // '?' is Shift+/ on both the US and the Korean layout; the character is what counts.
  { id: 'showShortcuts', scope: 'global', combos: [{ codes: [], keys: ['?'], cap: '?' }], message: 'keyboard.shortcuts.showShortcuts' },
  {
    id: 'closeDialog',
    scope: 'global',
    combos: [{ codes: ['Escape'], keys: ['Escape'], cap: 'Esc' }],
    message: 'keyboard.shortcuts.closeDialog',
    boundElsewhere: 'native <dialog>',
  },
  { id: 'newCase', scope: 'agentList', combos: [letter('n')], message: 'keyboard.shortcuts.newCase' },
  {
    id: 'nextAction',
    scope: 'casePage',
    combos: [{ codes: ['Period', 'NumpadDecimal'], keys: ['.'], cap: '.' }],
    message: 'keyboard.shortcuts.nextAction',
  },
  {
    id: 'goToStep',
    scope: 'casePage',
    combos: [digit(1), digit(2), digit(3), digit(4)],
    message: 'keyboard.shortcuts.goToStep',
    range: true,
  },
] as const satisfies readonly (Omit<Shortcut, 'id'> & { id: string })[];

// The operator queue binds j/k/a itself (operator/use-queue-selection.ts) from its own list;
// the registry lists that same list, so the keys and their wording have one source.
const QUEUE_SHORTCUT_ID = { next: 'queueDown', previous: 'queueUp', acknowledge: 'queueAcknowledge' } as const satisfies Record<
  QueueShortcutAction,
  string
>;

/** The name of one shortcut in the registry. */
export type ShortcutId = (typeof OWN_SHORTCUTS)[number]['id'] | (typeof QUEUE_SHORTCUT_ID)[QueueShortcutAction];

/** Every shortcut of the portal, in the order the overlay lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  ...OWN_SHORTCUTS,
  ...OPERATOR_SHORTCUTS.map((queue) => ({
    id: QUEUE_SHORTCUT_ID[queue.action],
    scope: 'operatorQueue' as const,
    combos: [{ codes: [queue.code], keys: [queue.key, queue.key.toUpperCase()], cap: queue.key.toUpperCase() }],
    message: queue.message,
    boundElsewhere: 'operator/use-queue-selection',
  })),
];

/** A shortcut by its name. */
export function shortcutOf(id: ShortcutId): Shortcut {
  return SHORTCUTS.find((shortcut) => shortcut.id === id) as Shortcut;
}

/** The scopes a role works in, in the order the overlay shows them. */
export const SCOPES_OF: Record<Role, readonly ShortcutScope[]> = {
  AGENT: ['global', 'agentList', 'casePage'],
  OPERATOR: ['global', 'operatorQueue'],
  MANAGER: ['global'],
};
