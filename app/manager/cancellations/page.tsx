import { useTranslations } from 'next-intl';
import { CancellationQueue } from '@/app/_components/manager/cancellations/cancellation-queue';
import { PageFrame } from '@/app/_components/shell/page-frame';
import { titleMetadata } from '@/app/_components/shell/page-metadata';
import { DEFAULT_CANCELLATION_TARGET_HOURS } from '@/lib/domain/response-targets';

export const generateMetadata = titleMetadata('cancellations.title');

/** On-site payment cancellations filed by agents: the managers' shared work queue. */
export default function ManagerCancellationsPage() {
  const t = useTranslations('cancellations');
  return (
    <PageFrame title={t('title')} intro={t('intro', { hours: DEFAULT_CANCELLATION_TARGET_HOURS })}>
      <section className="section" aria-label={t('sectionLabel')}>
        <CancellationQueue />
      </section>
    </PageFrame>
  );
}
