'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { NEW_CASE_PATH } from '../keyboard/palette-commands';
import { ariaKeyShortcuts, ShortcutKeys } from '../keyboard/shortcut-keys';
import { useShortcut } from '../keyboard/use-shortcut';
import styles from './case.module.css';

/** The prominent "새 상담" link; its shortcut (n, from the registry) anywhere outside a field does the same. */
export function NewCaseLink() {
  const t = useTranslations('keyboard.newCaseLink');
  const router = useRouter();
  useShortcut('newCase', () => router.push(NEW_CASE_PATH));

  return (
    <div className={styles.newCase}>
      <Link href={NEW_CASE_PATH} className={`button button-primary ${styles.buttonLarge}`} aria-keyshortcuts={ariaKeyShortcuts('newCase')}>
        {t('label')}
      </Link>
      <span className="field-hint" aria-hidden="true">
        {t('hint')} <ShortcutKeys id="newCase" />
      </span>
    </div>
  );
}
