'use client';

import { useTranslations } from 'next-intl';
import { usePathname, useRouter } from 'next/navigation';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Role } from '@/graphql/generated/client/graphql';
import { focusArrival } from './focus-arrival';
import { ariaKeyShortcuts, ShortcutKeys } from './shortcut-keys';
import { ShortcutOverlay } from './shortcut-overlay';
import { dialogOpen, useShortcut } from './use-shortcut';
import styles from './keyboard.module.css';

// The palette (cmdk and its case search, ~19 kB gzip) is not part of a page's first load: it
// is fetched when the browser is idle, so the first Ctrl/⌘-K finds it there already.
const loadCommandPalette = () => import('./command-palette');
const CommandPalette = lazy(() => loadCommandPalette().then((module) => ({ default: module.CommandPalette })));

/** Runs `task` once the browser has nothing else to do (a moment later where it cannot say). */
function whenIdle(task: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(task, { timeout: 3000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(task, 1500);
  return () => clearTimeout(id);
}

/**
 * The keyboard of every dashboard: the palette (Ctrl/⌘-K, or the header's button) and the `?`
 * list of shortcuts. Mounted once in the shell; pages bind their own shortcuts from the registry.
 */
export function KeyboardLayer({ role }: { role: Role }) {
  const t = useTranslations('keyboard.palette');
  const router = useRouter();
  const pathname = usePathname();
  const [palette, setPalette] = useState(false);
  // Mounted from its first opening on, so that closing it gives focus back like any dialog.
  const [paletteMounted, setPaletteMounted] = useState(false);
  const [overlay, setOverlay] = useState(false);
  // Where the palette sent the agent: focus goes there once that page is on screen.
  const [arrival, setArrival] = useState<{ path: string; hash: string } | null>(null);
  const paletteOpen = useRef(palette);
  const cancelArrival = useRef<() => void>(() => undefined);
  useEffect(() => {
    paletteOpen.current = palette;
  }, [palette]);
  useEffect(() => () => cancelArrival.current(), []);
  useEffect(() => whenIdle(() => void loadCommandPalette()), []);
  useEffect(() => {
    if (palette) setPaletteMounted(true);
  }, [palette]);

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
    // The same page (/operator ⇄ /operator#lots): the router leaves a hash-only change
    // undone, so the address is set here; focus then goes to the part asked for.
    if (url.pathname === window.location.pathname) window.history.pushState(null, '', href);
    else router.push(href);
    // Focus moves in an effect: after the palette's dialog has closed and put focus back.
    setArrival({ path: url.pathname, hash: url.hash.slice(1) });
  }

  return (
    <>
      <button
        type="button"
        className={`button button-secondary button-small ${styles.paletteOpen}`}
        aria-keyshortcuts={ariaKeyShortcuts('openPalette')}
        onClick={() => setPalette(true)}
      >
        {t('open')}
        <span aria-hidden="true">
          <ShortcutKeys id="openPalette" />
        </span>
      </button>
      {(palette || paletteMounted) && (
        <Suspense fallback={null}>
          <CommandPalette
            open={palette}
            role={role}
            onClose={() => setPalette(false)}
            onNavigate={navigate}
            onShowShortcuts={() => setOverlay(true)}
          />
        </Suspense>
      )}
      <ShortcutOverlay open={overlay} role={role} onClose={() => setOverlay(false)} />
    </>
  );
}
