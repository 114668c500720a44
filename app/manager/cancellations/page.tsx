import { useTranslations } from 'next-intl';
import { AdminPage } from '@/app/_components/manager/admin-page';
import { CancellationQueue } from '@/app/_components/manager/cancellations/cancellation-queue';
import { titleMetadata } from '@/app/_components/shell/page-metadata';
import { DEFAULT_CANCELLATION_TARGET_HOURS } from '@/lib/domain/response-targets';

export const generateMetadata = titleMetadata('cancellations.title');

/** On-site payment cancellations filed by agents: the managers' shared work queue. */
export default function ManagerCancellationsPage() {
  const t = useTranslations('cancellations');
  return (
    <AdminPage title={t('title')} intro={t('intro', { hours: DEFAULT_CANCELLATION_TARGET_HOURS })} sectionLabel={t('sectionLabel')}>
      <CancellationQueue />
    </AdminPage>
  );
}
