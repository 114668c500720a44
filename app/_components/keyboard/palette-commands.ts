'use client';

import { useTranslations } from 'next-intl';
import type { Role } from '@/graphql/generated/client/graphql';
import { NAV_OF } from '../shell/dashboard-nav';
import type { ShortcutId } from './shortcut-registry';

/** Where an agent starts a new case. */
export const NEW_CASE_PATH = '/agent/cases/new';

/** One fixed entry of the palette: a page of the role's menu, or an action. */
export interface PaletteCommand {
  id: string;
  group: 'actions' | 'pages';
  label: string;
  /** Where it goes; without one it opens the shortcut list. */
  href: string | null;
  shortcut?: ShortcutId;
}

/** The role's palette entries: new case (agents), the shortcut list, then every page of its menu. */
export function usePaletteCommands(role: Role): PaletteCommand[] {
  const t = useTranslations();
  const actions: PaletteCommand[] = [
    ...(role === 'AGENT'
      ? [
          {
            id: 'new-case',
            group: 'actions' as const,
            label: t('keyboard.palette.newCase'),
            href: NEW_CASE_PATH,
            shortcut: 'newCase' as const,
          },
        ]
      : []),
    { id: 'shortcuts', group: 'actions', label: t('keyboard.palette.showShortcuts'), href: null, shortcut: 'showShortcuts' },
  ];
  const pages = NAV_OF[role].map((item) => ({
    id: `page:${item.href}`,
    group: 'pages' as const,
    label: t(`shell.nav.${item.label}`),
    href: item.href,
  }));
  return [...actions, ...pages];
}

// Hangul syllables split into their jamo (NFD), so "새 사" — the agent halfway through typing
// 상 — still finds "새 상담 시작" instead of blinking out until the syllable is done.
const folded = (text: string) => text.normalize('NFD').toLowerCase().replace(/\s+/g, '');

/** Whether a command answers what was typed: its name contains it, spaces, letter case and unfinished syllables aside. */
export function commandMatches(command: Pick<PaletteCommand, 'label'>, query: string): boolean {
  const typed = folded(query);
  return typed === '' || folded(command.label).includes(typed);
}
