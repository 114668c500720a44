import { useTranslations } from 'next-intl';
import { ResponseTargets } from '@/app/_components/manager/targets/response-targets';
import { formatTarget } from '@/app/_components/manager/targets/target-fields';
import { PageFrame } from '@/app/_components/shell/page-frame';
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
    <PageFrame title={t('title')} intro={intro} after={<p className="muted">{t('effect')}</p>}>
      <section className="section" aria-label={t('sectionLabel')}>
        <ResponseTargets />
      </section>
    </PageFrame>
  );
}
