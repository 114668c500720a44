import { getTranslations } from 'next-intl/server';
import { useTranslations } from 'next-intl';
import { UsersAdmin } from '@/app/_components/manager/users/users-admin';

export async function generateMetadata() {
  const t = await getTranslations('users');
  return { title: t('title') };
}

/** Staff accounts: who can sign in, with which role; new accounts and (de)activation. */
export default function ManagerUsersPage() {
  const t = useTranslations('users');
  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
      </div>
      <section className="section" aria-label={t('listLabel')}>
        <UsersAdmin />
      </section>
    </div>
  );
}
