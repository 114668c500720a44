import { useTranslations } from 'next-intl';
import { OperatorLots } from '@/app/_components/operator/operator-lots';
import { RequestDesk } from '@/app/_components/operator/request-desk';
import { PageFrame } from '@/app/_components/shell/page-frame';
import { titleMetadata } from '@/app/_components/shell/page-metadata';

export const generateMetadata = titleMetadata('operator.page.title');

/** The operator's desk: the live exit and registration queues first, its lots below. */
export default function OperatorPage() {
  const t = useTranslations();
  return (
    <PageFrame title={t('operator.page.title')} intro={t('operator.page.intro')}>
      <RequestDesk />
      <section className="section" id="lots" aria-labelledby="lots-heading">
        <h2 id="lots-heading">{t('operatorLots.heading')}</h2>
        <p className="muted">{t('operatorLots.intro')}</p>
        <OperatorLots />
      </section>
    </PageFrame>
  );
}
