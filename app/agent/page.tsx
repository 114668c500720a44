import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CaseList } from '@/app/_components/case/case-list';
import { NewCaseLink } from '@/app/_components/case/new-case-link';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('agent.home');
  return { title: t('title') };
}

/** The agent's desk: the cases so far, and a new one for the next caller. */
export default async function AgentPage() {
  const t = await getTranslations('agent.home');
  return (
    <div className="page">
      <div className="page-header page-header-row">
        <div>
          <h1>{t('title')}</h1>
          <p className="muted">{t('intro')}</p>
        </div>
        <NewCaseLink />
      </div>
      <CaseList />
    </div>
  );
}
