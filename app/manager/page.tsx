import { useTranslations } from 'next-intl';
import { ManagerLotsOverview } from '@/app/_components/manager/manager-lots-overview';
import { ManagerNotices } from '@/app/_components/manager/manager-notices';
import { CancellationFigure } from '@/app/_components/manager/cancellations/cancellation-figure';
import { ManagerDashboard } from '@/app/_components/manager/manager-dashboard';
import { PageFrame } from '@/app/_components/shell/page-frame';
import { titleMetadata } from '@/app/_components/shell/page-metadata';

export const generateMetadata = titleMetadata('managerDashboard.page.title');

/** The manager's month at a glance, then who runs which lots. */
export default function ManagerPage() {
  const t = useTranslations('managerDashboard.page');
  return (
    <PageFrame title={t('title')} intro={t('intro')}>
      <ManagerNotices />
      <CancellationFigure />
      <ManagerDashboard />
      <section className="section" aria-labelledby="lots-overview-heading">
        <h2 id="lots-overview-heading">{t('lotsHeading')}</h2>
        <ManagerLotsOverview />
      </section>
    </PageFrame>
  );
}
