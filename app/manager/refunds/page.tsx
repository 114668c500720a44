import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { RefundApprovals } from '@/app/_components/manager/refund-approvals';

export async function generateMetadata() {
  const t = await getTranslations('refunds');
  return { title: t('title') };
}

/** Refunds proposed by agents, waiting for a manager's decision. */
export default function ManagerRefundsPage() {
  const t = useTranslations('refunds');
  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
      </div>
      <section className="section" aria-label={t('sectionLabel')}>
        <RefundApprovals />
      </section>
    </div>
  );
}
