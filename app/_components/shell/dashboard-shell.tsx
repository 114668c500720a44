import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Role } from '@/graphql/generated/client/graphql';
import { dataLang } from '@/lib/i18n/data-lang';
import { AccountLocaleSwitch } from './account-locale-switch';
import { DashboardNav } from './dashboard-nav';
import { KeyboardLayer } from '../keyboard/keyboard-layer';
import { SignOutButton } from './sign-out-button';
import { ViewerOperatorName } from './viewer-operator-name';
import styles from './shell.module.css';

interface ShellViewer {
  name: string;
  role: Role;
}

/** The frame of every dashboard: product name, the role's menu, who is signed in, the palette and shortcuts, language, sign-out. */
export function DashboardShell({ viewer, children }: { viewer: ShellViewer; children: ReactNode }) {
  const t = useTranslations();
  return (
    <>
      <header className={styles.shellHeader}>
        <div className={styles.shellHeaderInner}>
          <Link className={styles.brand} href="/">
            {t('common.brand')}
          </Link>
          <DashboardNav role={viewer.role} />
          <div className={styles.viewer}>
            <p className={styles.viewerWho}>
              <span className={styles.viewerName} lang={dataLang(viewer.name)}>
                {viewer.name}
              </span>
              <span className={styles.viewerRole}>
                {t(`labels.role.${viewer.role}`)}
                {viewer.role === 'OPERATOR' && <ViewerOperatorName />}
              </span>
            </p>
            <KeyboardLayer role={viewer.role} />
            <AccountLocaleSwitch />
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className={styles.shellMain}>{children}</main>
    </>
  );
}
