import { getTranslations } from 'next-intl/server';
import { NoticePage } from '@/app/_components/shell/notice-page';
import { titleMetadata } from '@/app/_components/shell/page-metadata';
import { getViewer, HOME_OF } from '@/lib/auth/viewer';

export const generateMetadata = titleMetadata('errors.forbidden.title');

/** The 403 page forbidden() renders: another role's page. */
export default async function Forbidden() {
  const [viewer, t] = await Promise.all([getViewer(), getTranslations('errors.forbidden')]);
  return (
    <NoticePage
      heading={t('heading')}
      body={t('body')}
      href={viewer ? HOME_OF[viewer.role] : '/login'}
      label={viewer ? t('toDashboard') : t('toLogin')}
    />
  );
}
