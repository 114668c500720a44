import { getTranslations } from 'next-intl/server';
import { NoticePage } from '@/app/_components/shell/notice-page';
import { titleMetadata } from '@/app/_components/shell/page-metadata';

export const generateMetadata = titleMetadata('errors.notFound.title');

/** The 404 page. */
export default async function NotFound() {
  const t = await getTranslations('errors.notFound');
  return <NoticePage heading={t('heading')} body={t('body')} href="/" label={t('toHome')} />;
}
