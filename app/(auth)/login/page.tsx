import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/app/_components/login-form';
import { DemoAccountsNote } from '@/app/_components/demo-accounts-note';
import { getViewer, HOME_OF } from '@/lib/auth/viewer';

export const metadata: Metadata = { title: '로그인' };

/** Sign-in; a signed-in viewer goes straight to their dashboard. */
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  const viewer = await getViewer();
  if (viewer) redirect(HOME_OF[viewer.role]);
  // next-auth sends failed non-JS sign-ins back here with ?error=…
  const { error } = await searchParams;
  // Without DATABASE_URL the portal runs on the embedded demo database with known accounts.
  const demoMode = !process.env.DATABASE_URL;

  return (
    <main className="centered-page">
      <div className="card centered-card">
        <div className="page-header">
          <h1>주차 CS 포털</h1>
          <p className="muted">상담사·운영사·관리자 계정으로 로그인하세요.</p>
        </div>
        <LoginForm initialError={(Array.isArray(error) ? error[0] : error) ?? null} />
        {demoMode && <DemoAccountsNote />}
      </div>
    </main>
  );
}
