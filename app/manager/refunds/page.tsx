import { useTranslations } from 'next-intl';
import { RefundApprovals } from '@/app/_components/manager/refund-approvals';
import { PageFrame } from '@/app/_components/shell/page-frame';
import { titleMetadata } from '@/app/_components/shell/page-metadata';

export const generateMetadata = titleMetadata('refunds.title');

/** Refunds proposed by agents, waiting for a manager's decision. */
export default function ManagerRefundsPage() {
  const t = useTranslations('refunds');
  return (
    <PageFrame title={t('title')} intro={t('intro')}>
      <section className="section" aria-label={t('sectionLabel')}>
        <RefundApprovals />
      </section>
    </PageFrame>
  );
}
