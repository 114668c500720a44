'use client';

import { Command } from 'cmdk';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import type { Role } from '@/graphql/generated/client/graphql';
import { Dialog } from '../ui/dialog';
import { commandMatches, usePaletteCommands, type PaletteCommand } from './palette-commands';
import { PaletteCaseItem } from './palette-case-item';
import { PaletteState } from './palette-state';
import { ShortcutKeys } from './shortcut-keys';
import { useCaseSearch } from './use-case-search';
import styles from './palette.module.css';

/** Where a found case opens: the agent's workspace, or the manager's read-only view. */
const CASE_HREF: Partial<Record<Role, (id: string) => string>> = {
  AGENT: (id) => `/agent/cases/${id}`,
  MANAGER: (id) => `/manager/cases/${id}`,
};

interface CommandPaletteProps {
  open: boolean;
  role: Role;
  onClose: () => void;
  /** Goes to a page; the palette closes itself first. */
  onNavigate: (href: string) => void;
  onShowShortcuts: () => void;
}

/**
 * Ctrl/⌘-K: find a case by code, plate or the phone's last four digits (agents, managers), start
 * a new case (agents), or go to a page of the role's menu. cmdk gives the combobox and its
 * arrow keys; the portal's native <dialog> keeps focus inside, closes on Esc and gives focus
 * back, like every other dialog here (and the operator queue's shortcuts, which check for an
 * open <dialog>, stay quiet under it).
 */
export function CommandPalette({ open, role, onClose, onNavigate, onShowShortcuts }: CommandPaletteProps) {
  const t = useTranslations('keyboard.palette');
  return (
    <Dialog open={open} title={t('title')} className={styles.palette} onCancel={onClose}>
      {/* Only while open: a closed palette keeps no second search field or option list in the page. */}
      {open && <PaletteBody role={role} onClose={onClose} onNavigate={onNavigate} onShowShortcuts={onShowShortcuts} />}
    </Dialog>
  );
}

// showModal focuses the first element marked autofocus, else cmdk's root (tabIndex −1): mark
// the input, in the DOM (React's autoFocus only calls focus() at mount, before showModal).
const autofocus = (input: HTMLInputElement | null) => input?.setAttribute('autofocus', '');

function PaletteBody({ role, onClose, onNavigate, onShowShortcuts }: Omit<CommandPaletteProps, 'open'>) {
  const t = useTranslations('keyboard.palette');
  const hintId = useId();
  const [query, setQuery] = useState('');
  const caseHref = CASE_HREF[role];
  const pagesOnly = !caseHref;
  const search = useCaseSearch(query, !pagesOnly);
  const commands = usePaletteCommands(role).filter((command) => commandMatches(command, query));

  // Cases arrive after the commands are on screen and go above them: choose the first case,
  // so Enter opens what the agent searched for rather than the command it pushed down.
  const [selected, setSelected] = useState('');
  const firstCase = search.found?.[0]?.node.id;
  useEffect(() => {
    if (firstCase) setSelected(`case:${firstCase}`);
  }, [firstCase, search.found]);

  function go(href: string | null) {
    onClose();
    if (href) onNavigate(href);
    else onShowShortcuts();
  }

  const group = (name: PaletteCommand['group']) => {
    const items = commands.filter((command) => command.group === name);
    if (items.length === 0) return null;
    return (
      <Command.Group heading={t(`groups.${name}`)}>
        {items.map((command) => (
          <Command.Item key={command.id} value={command.id} onSelect={() => go(command.href)} className={styles.paletteItem}>
            <span className="palette-item-label">{command.label}</span>
            {command.shortcut && <ShortcutKeys id={command.shortcut} />}
          </Command.Item>
        ))}
      </Command.Group>
    );
  };

  return (
    <>
      <Command
        label={pagesOnly ? t('labelPagesOnly') : t('label')}
        shouldFilter={false}
        loop
        vimBindings={false}
        value={selected}
        onValueChange={setSelected}
      >
        <Command.Input
          ref={autofocus}
          className={`input ${styles.paletteInput}`}
          value={query}
          onValueChange={setQuery}
          placeholder={pagesOnly ? t('placeholderPagesOnly') : t('placeholder')}
          aria-describedby={pagesOnly ? undefined : hintId}
        />
        {!pagesOnly && (
          <span id={hintId} className="visually-hidden">
            {t('emptyHint')}
          </span>
        )}
        <PaletteState query={query} search={search} pagesOnly={pagesOnly} nothingShown={commands.length === 0 && !search.found?.length} />
        <Command.List className={styles.paletteList}>
          {caseHref && search.found && search.found.length > 0 && (
            <Command.Group heading={t('groups.cases')}>
              {search.found.map((found) => (
                <PaletteCaseItem key={found.node.id} found={found} onSelect={() => go(caseHref(found.node.id))} />
              ))}
            </Command.Group>
          )}
          {group('actions')}
          {group('pages')}
        </Command.List>
      </Command>
      <p className={styles.paletteFooter}>
        <span className="muted">{t('footer')}</span>
      </p>
    </>
  );
}
