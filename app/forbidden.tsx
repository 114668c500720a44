import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getViewer, HOME_OF } from '@/lib/auth/viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errors.forbidden');
  return { title: t('title') };
}

/** The 403 page forbidden() renders: another role's page. */
export default async function Forbidden() {
  const [viewer, t] = await Promise.all([getViewer(), getTranslations('errors.forbidden')]);
  return (
    <main className="centered-page">
      <div className="card centered-card centered-card-wide">
        <h1>{t('heading')}</h1>
        <p className="muted">{t('body')}</p>
        <p>
          <Link className="button button-primary" href={viewer ? HOME_OF[viewer.role] : '/login'}>
            {viewer ? t('toDashboard') : t('toLogin')}
          </Link>
        </p>
      </div>
    </main>
  );
}
