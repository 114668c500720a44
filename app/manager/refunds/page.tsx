import { useTranslations } from 'next-intl';
import { AdminPage } from '@/app/_components/manager/admin-page';
import { RefundApprovals } from '@/app/_components/manager/refund-approvals';
import { titleMetadata } from '@/app/_components/shell/page-metadata';

export const generateMetadata = titleMetadata('refunds.title');

/** Refunds proposed by agents, waiting for a manager's decision. */
export default function ManagerRefundsPage() {
  const t = useTranslations('refunds');
  return (
    <AdminPage title={t('title')} intro={t('intro')} sectionLabel={t('sectionLabel')}>
      <RefundApprovals />
    </AdminPage>
  );
}
