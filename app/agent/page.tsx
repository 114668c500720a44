import { getTranslations } from 'next-intl/server';
import { CaseList } from '@/app/_components/case/case-list';
import { NewCaseLink } from '@/app/_components/case/new-case-link';
import { PageFrame } from '@/app/_components/shell/page-frame';
import { titleMetadata } from '@/app/_components/shell/page-metadata';

export const generateMetadata = titleMetadata('agent.home.title');

/** The agent's desk: the cases so far, and a new one for the next caller. */
export default async function AgentPage() {
  const t = await getTranslations('agent.home');
  return (
    <PageFrame title={t('title')} intro={t('intro')} action={<NewCaseLink />}>
      <CaseList />
    </PageFrame>
  );
}
