'use client';

import { useTranslations } from 'next-intl';

/** What a page shows when rendering it failed on the server (e.g. the database is down). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <main className="centered-page">
      <div className="card centered-card centered-card-wide" role="alert">
        <h1>{t('errors.page.title')}</h1>
        <p className="muted">{t('errors.page.body')}</p>
        <p>
          <button type="button" className="button button-primary" onClick={reset}>
            {t('common.retry')}
          </button>
        </p>
      </div>
    </main>
  );
}
