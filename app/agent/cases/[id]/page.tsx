import { CaseWorkspace } from '@/app/_components/case/case-workspace';
import { titleMetadata } from '@/app/_components/shell/page-metadata';

export const generateMetadata = titleMetadata('agent.case.title');

/** One case: the guide's four steps, the timeline and the customer's texts. */
export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // A new key per case: no state of one case (notices, forms) leaks into the next.
  return <CaseWorkspace key={id} caseId={id} />;
}
