import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { CancellationQueue } from '@/app/_components/manager/cancellations/cancellation-queue';
import { DEFAULT_CANCELLATION_TARGET_HOURS } from '@/lib/domain/response-targets';

export async function generateMetadata() {
  const t = await getTranslations('cancellations');
  return { title: t('title') };
}

/** On-site payment cancellations filed by agents: the managers' shared work queue. */
export default function ManagerCancellationsPage() {
  const t = useTranslations('cancellations');
  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro', { hours: DEFAULT_CANCELLATION_TARGET_HOURS })}</p>
      </div>
      <section className="section" aria-label={t('sectionLabel')}>
        <CancellationQueue />
      </section>
    </div>
  );
}
