import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { PolicyForm } from '@/app/_components/manager/policy-form';
import { PolicyTable } from '@/app/_components/manager/policy-table';

export async function generateMetadata() {
  const t = await getTranslations('policy');
  return { title: t('title') };
}

/** The compensation policy's versions and a form for the next one. */
export default function ManagerPolicyPage() {
  const t = useTranslations('policy');
  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
      </div>
      <section className="section" aria-labelledby="policy-versions-heading">
        <h2 id="policy-versions-heading">{t('history')}</h2>
        <PolicyTable />
      </section>
      <PolicyForm />
    </div>
  );
}
