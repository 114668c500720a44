import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errors.notFound');
  return { title: t('title') };
}

/** The 404 page. */
export default async function NotFound() {
  const t = await getTranslations('errors.notFound');
  return (
    <main className="centered-page">
      <div className="card centered-card centered-card-wide">
        <h1>{t('heading')}</h1>
        <p className="muted">{t('body')}</p>
        <p>
          <Link className="button button-primary" href="/">
            {t('toHome')}
          </Link>
        </p>
      </div>
    </main>
  );
}
