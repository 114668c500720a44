import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { OutcomeTemplateAdmin } from '@/app/_components/manager/outcome-templates/outcome-template-admin';
import { PolicyForm } from '@/app/_components/manager/policy-form';
import { PolicyTable } from '@/app/_components/manager/policy-table';

export async function generateMetadata() {
  const t = await getTranslations('policy');
  return { title: t('title') };
}

/** The compensation policy's versions, a form for the next one, and the outcome templates agents pick. */
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
      <OutcomeTemplateAdmin />
    </div>
  );
}
