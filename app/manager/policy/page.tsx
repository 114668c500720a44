import { useTranslations } from 'next-intl';
import { OutcomeTemplateAdmin } from '@/app/_components/manager/outcome-templates/outcome-template-admin';
import { PolicyForm } from '@/app/_components/manager/policy-form';
import { PolicyTable } from '@/app/_components/manager/policy-table';
import { PageFrame } from '@/app/_components/shell/page-frame';
import { titleMetadata } from '@/app/_components/shell/page-metadata';

export const generateMetadata = titleMetadata('policy.title');

/** The compensation policy's versions, a form for the next one, and the outcome templates agents pick. */
export default function ManagerPolicyPage() {
  const t = useTranslations('policy');
  return (
    <PageFrame title={t('title')} intro={t('intro')}>
      <section className="section" aria-labelledby="policy-versions-heading">
        <h2 id="policy-versions-heading">{t('history')}</h2>
        <PolicyTable />
      </section>
      <PolicyForm />
      <OutcomeTemplateAdmin />
    </PageFrame>
  );
}
