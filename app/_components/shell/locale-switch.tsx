'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';
import { LOCALE_COOKIE, type Locale } from '@/lib/i18n/locales';
import { notify } from '../ui/toast';
import styles from './shell.module.css';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
const OTHER: Record<Locale, Locale> = { ko: 'en', en: 'ko' };

function rememberInBrowser(locale: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
}

interface LocaleSwitchProps {
  /** Saves the choice on the signed-in account; absent on the sign-in page (the browser keeps it). */
  saveOnAccount?: (locale: Locale) => Promise<unknown>;
}

/** 한국어 ⇄ English, named in the language it switches to. */
export function LocaleSwitch({ saveOnAccount }: LocaleSwitchProps) {
  const t = useTranslations('shell.language');
  const locale = useLocale();
  const router = useRouter();
  const [saving, setSaving] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const signedIn = saveOnAccount !== undefined;

  // Signed in, the account's saved language wins over the cookie; keep the cookie in step, so
  // the sign-in page after sign-out speaks the same language.
  useEffect(() => {
    if (signedIn) rememberInBrowser(locale);
  }, [signedIn, locale]);

  async function switchLanguage() {
    const next = OTHER[locale];
    if (saveOnAccount) {
      setSaving(true);
      try {
        await saveOnAccount(next);
      } catch {
        notify.error(t('failed'));
        return;
      } finally {
        setSaving(false);
      }
    }
    rememberInBrowser(next);
    startRefresh(() => router.refresh());
  }

  const pending = saving || refreshing;
  return (
    <button
      type="button"
      className={`button button-secondary ${styles.localeSwitch}`}
      lang={OTHER[locale]}
      title={t('switchToName')}
      disabled={pending}
      aria-busy={pending || undefined}
      onClick={() => void switchLanguage()}
    >
      {t('switchTo')}
    </button>
  );
}
