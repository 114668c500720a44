import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { DemoAccountsNote } from '@/app/_components/auth/demo-accounts-note';
import { LocaleSwitch } from '@/app/_components/shell/locale-switch';
import { LoginForm } from '@/app/_components/auth/login-form';
import { getViewer, HOME_OF } from '@/lib/auth/viewer';
import { isDemoDatabase } from '@/lib/env';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  return { title: t('title') };
}

/** Sign-in; a signed-in viewer goes straight to their dashboard. */
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  const viewer = await getViewer();
  if (viewer) redirect(HOME_OF[viewer.role]);
  const t = await getTranslations();
  // next-auth sends failed non-JS sign-ins back here with ?error=…
  const { error } = await searchParams;
  // Without DATABASE_URL the portal runs on the embedded demo database with known accounts.
  const demoMode = isDemoDatabase();

  return (
    <main className="centered-page">
      <div className="card centered-card">
        <div className="page-header page-header-row">
          <div>
            <h1>{t('common.brand')}</h1>
            <p className="muted">{t('auth.intro')}</p>
          </div>
          <LocaleSwitch />
        </div>
        <LoginForm initialError={(Array.isArray(error) ? error[0] : error) ?? null} />
        {demoMode && <DemoAccountsNote />}
      </div>
    </main>
  );
}
