'use client';

import { useTranslations } from 'next-intl';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { Role } from '@/graphql/generated/client/graphql';
import { CommandPalette } from './command-palette';
import { focusArrival } from './focus-arrival';
import { ariaKeyShortcuts, ShortcutKeys } from './shortcut-keys';
import { ShortcutOverlay } from './shortcut-overlay';
import { dialogOpen, useShortcut } from './use-shortcut';

/**
 * The keyboard of every dashboard: the palette (Ctrl/⌘-K, or the header's button) and the `?`
 * list of shortcuts. Mounted once in the shell; pages bind their own shortcuts from the registry.
 */
export function KeyboardLayer({ role }: { role: Role }) {
  const t = useTranslations('keyboard.palette');
  const router = useRouter();
  const pathname = usePathname();
  const [palette, setPalette] = useState(false);
  const [overlay, setOverlay] = useState(false);
  // Where the palette sent the agent: focus goes there once that page is on screen.
  const [arrival, setArrival] = useState<{ path: string; hash: string } | null>(null);
  const paletteOpen = useRef(palette);
  const cancelArrival = useRef<() => void>(() => undefined);
  useEffect(() => {
    paletteOpen.current = palette;
  }, [palette]);
  useEffect(() => () => cancelArrival.current(), []);

  useShortcut(
    'openPalette',
    () => {
      if (paletteOpen.current) return setPalette(false);
      // Another dialog (a confirmation) has the keyboard: the palette does not cover it.
      if (dialogOpen()) return false;
      setPalette(true);
    },
    { whileDialogOpen: true },
  );
  useShortcut('showShortcuts', () => setOverlay(true));

  useEffect(() => {
    if (!arrival || arrival.path !== pathname) return;
    cancelArrival.current = focusArrival(arrival.hash);
    setArrival(null);
  }, [arrival, pathname]);

  function navigate(href: string) {
    const url = new URL(href, window.location.href);
    cancelArrival.current();
    // The same page (/operator ⇄ /operator#requests): the router leaves a hash-only change
    // undone, so the address is set here; focus then goes to the part asked for.
    if (url.pathname === window.location.pathname) window.history.pushState(null, '', href);
    else router.push(href);
    // Focus moves in an effect: after the palette's dialog has closed and put focus back.
    setArrival({ path: url.pathname, hash: url.hash.slice(1) });
  }

  return (
    <>
      <button type="button" className="button button-secondary button-small palette-open" aria-keyshortcuts={ariaKeyShortcuts('openPalette')} onClick={() => setPalette(true)}>
        {t('open')}
        <span aria-hidden="true">
          <ShortcutKeys id="openPalette" />
        </span>
      </button>
      <CommandPalette
        open={palette}
        role={role}
        onClose={() => setPalette(false)}
        onNavigate={navigate}
        onShowShortcuts={() => setOverlay(true)}
      />
      <ShortcutOverlay open={overlay} role={role} onClose={() => setOverlay(false)} />
    </>
  );
}
