import { ManagerCaseView } from '@/app/_components/manager/manager-case-view';
import { titleMetadata } from '@/app/_components/shell/page-metadata';

export const generateMetadata = titleMetadata('managerCases.page.caseTitle');

/** One case behind a report figure, read-only: facts, timeline, refunds and texts. */
export default async function ManagerCasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ManagerCaseView key={id} caseId={id} />;
}
