'use client';

import { useTranslations } from 'next-intl';
import type { Role } from '@/graphql/generated/client/graphql';
import { Dialog } from '../ui/dialog';
import { ShortcutKeys } from './shortcut-keys';
import { SCOPES_OF, SHORTCUTS } from './shortcut-registry';
import styles from './palette.module.css';
import dialogStyles from '../ui/dialog.module.css';

/** `?`: the shortcuts of the role's pages, read from the same registry the key handlers use. */
export function ShortcutOverlay({ open, role, onClose }: { open: boolean; role: Role; onClose: () => void }) {
  const t = useTranslations('keyboard');
  const tm = useTranslations();
  const tc = useTranslations('common');
  return (
    <Dialog
      open={open}
      title={t('overlay.title')}
      message={<p>{t('overlay.intro')}</p>}
      className={styles.shortcutOverlay}
      onCancel={onClose}
    >
      {/* Only while open, so the page holds no hidden copy of every shortcut's wording. */}
      {open &&
        SCOPES_OF[role].map((scope) => (
          <section key={scope} className={styles.shortcutScope} aria-labelledby={`shortcut-scope-${scope}`}>
            <h3 id={`shortcut-scope-${scope}`}>{t(`overlay.scopes.${scope}`)}</h3>
            <dl className={styles.shortcutList}>
              {SHORTCUTS.filter((shortcut) => shortcut.scope === scope).map((shortcut) => (
                <div key={shortcut.id} className={styles.shortcutRow}>
                  <dt>
                    <ShortcutKeys id={shortcut.id} />
                  </dt>
                  <dd>{tm(shortcut.message)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      <div className={dialogStyles.dialogActions}>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {tc('close')}
        </button>
      </div>
    </Dialog>
  );
}
