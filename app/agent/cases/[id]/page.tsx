import type { Metadata } from 'next';
import { CaseWorkspace } from '@/app/_components/case/case-workspace';

export const metadata: Metadata = { title: '상담 상세' };

/** One case: the guide's four steps, the timeline and the customer's texts. */
export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // A new key per case: no state of one case (notices, forms) leaks into the next.
  return <CaseWorkspace key={id} caseId={id} />;
}
