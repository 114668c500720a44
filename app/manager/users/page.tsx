import { useTranslations } from 'next-intl';
import { AdminPage } from '@/app/_components/manager/admin-page';
import { UsersAdmin } from '@/app/_components/manager/users/users-admin';
import { titleMetadata } from '@/app/_components/shell/page-metadata';

export const generateMetadata = titleMetadata('users.title');

/** Staff accounts: who can sign in, with which role; new accounts and (de)activation. */
export default function ManagerUsersPage() {
  const t = useTranslations('users');
  return (
    <AdminPage title={t('title')} intro={t('intro')} sectionLabel={t('listLabel')}>
      <UsersAdmin />
    </AdminPage>
  );
}
