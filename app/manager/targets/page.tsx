import { useTranslations } from 'next-intl';
import { AdminPage } from '@/app/_components/manager/admin-page';
import { ResponseTargets } from '@/app/_components/manager/targets/response-targets';
import { formatTarget } from '@/app/_components/manager/targets/target-fields';
import { titleMetadata } from '@/app/_components/shell/page-metadata';
import { DEFAULT_RESPONSE_TARGETS } from '@/lib/domain/response-targets';

export const generateMetadata = titleMetadata('targets.title');

/** How fast each operator should answer exit and registration requests. */
export default function ManagerTargetsPage() {
  const t = useTranslations('targets');
  const intro = t('intro', {
    exit: formatTarget(t, DEFAULT_RESPONSE_TARGETS.exitAckMinutes),
    registration: formatTarget(t, DEFAULT_RESPONSE_TARGETS.registrationConfirmMinutes),
  });
  return (
    <AdminPage title={t('title')} intro={intro} after={<p className="muted">{t('effect')}</p>} sectionLabel={t('sectionLabel')}>
      <ResponseTargets />
    </AdminPage>
  );
}
