import type { Metadata } from 'next';
import { ManagerCaseView } from '@/app/_components/manager/manager-case-view';

export const metadata: Metadata = { title: '상담 상세' };

/** One case behind a report figure, read-only: facts, timeline, refunds and texts. */
export default async function ManagerCasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ManagerCaseView key={id} caseId={id} />;
}
