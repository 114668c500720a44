'use client';

import { useTranslations } from 'next-intl';
import { Fragment, useEffect, useState } from 'react';
import { shortcutOf, type KeyCombo, type ShortcutId } from './shortcut-registry';
import styles from './keyboard.module.css';

/** Whether this is a Mac, where the command key (⌘) stands in for Ctrl; false until hydrated. */
function useIsMac(): boolean {
  const [mac, setMac] = useState(false);
  useEffect(() => {
    setMac(/Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent));
  }, []);
  return mac;
}

function Combo({ combo, mac }: { combo: KeyCombo; mac: boolean }) {
  const t = useTranslations('keyboard.keys');
  if (!combo.mod) return <kbd>{combo.cap}</kbd>;
  return (
    <span className={styles.shortcutCombo}>
      <kbd>{mac ? t('cmd') : t('ctrl')}</kbd>+<kbd>{combo.cap}</kbd>
    </span>
  );
}

/** A shortcut's keys as key caps: "Ctrl+K" (⌘ on a Mac), "?", "1–4", "J". */
export function ShortcutKeys({ id }: { id: ShortcutId }) {
  const t = useTranslations('keyboard.keys');
  const mac = useIsMac();
  const { combos, range } = shortcutOf(id);
  if (range && combos.length > 1) {
    return (
      <span className={styles.shortcutKeys}>
        <Combo combo={combos[0]!} mac={mac} />–<Combo combo={combos[combos.length - 1]!} mac={mac} />
      </span>
    );
  }
  return (
    <span className={styles.shortcutKeys}>
      {combos.map((combo, index) => (
        <Fragment key={combo.cap}>
          {index > 0 && ` ${t('or')} `}
          <Combo combo={combo} mac={mac} />
        </Fragment>
      ))}
    </span>
  );
}

/** The aria-keyshortcuts value of a shortcut (e.g. "Control+K Meta+K"), for the control it triggers. */
export function ariaKeyShortcuts(id: ShortcutId): string {
  return shortcutOf(id)
    .combos.flatMap((combo) => (combo.mod ? [`Control+${combo.cap}`, `Meta+${combo.cap}`] : [combo.cap]))
    .join(' ');
}
