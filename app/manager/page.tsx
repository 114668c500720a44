import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { ManagerLotsOverview } from '@/app/_components/manager/manager-lots-overview';
import { ManagerNotices } from '@/app/_components/manager/manager-notices';
import { CancellationFigure } from '@/app/_components/manager/cancellations/cancellation-figure';
import { ManagerDashboard } from '@/app/_components/manager/manager-dashboard';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('managerDashboard.page');
  return { title: t('title') };
}

/** The manager's month at a glance, then who runs which lots. */
export default function ManagerPage() {
  const t = useTranslations('managerDashboard.page');
  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
      </div>
      <ManagerNotices />
      <CancellationFigure />
      <ManagerDashboard />
      <section className="section" aria-labelledby="lots-overview-heading">
        <h2 id="lots-overview-heading">{t('lotsHeading')}</h2>
        <ManagerLotsOverview />
      </section>
    </div>
  );
}
