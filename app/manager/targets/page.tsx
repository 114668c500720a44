import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { ResponseTargets } from '@/app/_components/manager/targets/response-targets';
import { formatTarget } from '@/app/_components/manager/targets/target-fields';
import { DEFAULT_RESPONSE_TARGETS } from '@/lib/domain/response-targets';

export async function generateMetadata() {
  const t = await getTranslations('targets');
  return { title: t('title') };
}

/** How fast each operator should answer exit and registration requests. */
export default function ManagerTargetsPage() {
  const t = useTranslations('targets');
  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('title')}</h1>
        <p className="muted">
          {t('intro', {
            exit: formatTarget(t, DEFAULT_RESPONSE_TARGETS.exitAckMinutes),
            registration: formatTarget(t, DEFAULT_RESPONSE_TARGETS.registrationConfirmMinutes),
          })}
        </p>
        <p className="muted">{t('effect')}</p>
      </div>
      <section className="section" aria-label={t('sectionLabel')}>
        <ResponseTargets />
      </section>
    </div>
  );
}
