import { useTranslations } from 'next-intl';
import styles from './auth.module.css';

// The demo seed's accounts (db/seed/accounts.ts); they exist only in demo data.
const DEMO_PASSWORD = 'demo-pass-1234';
const DEMO_LOGINS = { agent: 'agent@demo.test', operator: 'operator@demo.test', manager: 'manager@demo.test' } as const;

/** The demo's accounts, shown under the sign-in form only in demo mode. */
export function DemoAccountsNote() {
  const t = useTranslations('auth.demo');
  return (
    <aside className={styles.demoNote} aria-label={t('label')}>
      <p>{t('title', { password: DEMO_PASSWORD })}</p>
      <ul>
        <li>{t('agent', { email: DEMO_LOGINS.agent })}</li>
        <li>{t('operator', { email: DEMO_LOGINS.operator })}</li>
        <li>{t('manager', { email: DEMO_LOGINS.manager })}</li>
      </ul>
    </aside>
  );
}
