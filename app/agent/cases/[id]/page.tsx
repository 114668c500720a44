import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CaseWorkspace } from '@/app/_components/case/case-workspace';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('agent.case');
  return { title: t('title') };
}

/** One case: the guide's four steps, the timeline and the customer's texts. */
export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // A new key per case: no state of one case (notices, forms) leaks into the next.
  return <CaseWorkspace key={id} caseId={id} />;
}
