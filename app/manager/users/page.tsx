import { useTranslations } from 'next-intl';
import { UsersAdmin } from '@/app/_components/manager/users/users-admin';
import { PageFrame } from '@/app/_components/shell/page-frame';
import { titleMetadata } from '@/app/_components/shell/page-metadata';

export const generateMetadata = titleMetadata('users.title');

/** Staff accounts: who can sign in, with which role; new accounts and (de)activation. */
export default function ManagerUsersPage() {
  const t = useTranslations('users');
  return (
    <PageFrame title={t('title')} intro={t('intro')}>
      <section className="section" aria-label={t('listLabel')}>
        <UsersAdmin />
      </section>
    </PageFrame>
  );
}
