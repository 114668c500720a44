import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { OperatorLots } from '@/app/_components/operator/operator-lots';
import { RequestDesk } from '@/app/_components/operator/request-desk';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('operator.page');
  return { title: t('title') };
}

/** The operator's desk: the live exit and registration queues first, its lots below. */
export default function OperatorPage() {
  const t = useTranslations();
  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('operator.page.title')}</h1>
        <p className="muted">{t('operator.page.intro')}</p>
      </div>
      <RequestDesk />
      <section className="section" id="lots" aria-labelledby="lots-heading">
        <h2 id="lots-heading">{t('operatorLots.heading')}</h2>
        <p className="muted">{t('operatorLots.intro')}</p>
        <OperatorLots />
      </section>
    </div>
  );
}
