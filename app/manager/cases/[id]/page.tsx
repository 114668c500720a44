import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ManagerCaseView } from '@/app/_components/manager/manager-case-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('managerCases.page');
  return { title: t('caseTitle') };
}

/** One case behind a report figure, read-only: facts, timeline, refunds and texts. */
export default async function ManagerCasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ManagerCaseView key={id} caseId={id} />;
}
