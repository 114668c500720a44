import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { NewCaseFlow } from '@/app/_components/case/new-case-flow';
import { PageFrame } from '@/app/_components/shell/page-frame';
import { titleMetadata } from '@/app/_components/shell/page-metadata';

export const generateMetadata = titleMetadata('agent.newCase.title');

/** A new case: the caller's pass first, then the VOC kind and the incident. */
export default async function NewCasePage() {
  const t = await getTranslations('agent.newCase');
  const back = (
    <p>
      <Link href="/agent">{t('back')}</Link>
    </p>
  );
  return (
    <PageFrame title={t('title')} intro={t('intro')} before={back}>
      <NewCaseFlow />
    </PageFrame>
  );
}
