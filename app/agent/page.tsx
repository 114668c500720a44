import type { Metadata } from 'next';
import { CaseList } from '@/app/_components/case/case-list';
import { NewCaseLink } from '@/app/_components/case/new-case-link';

export const metadata: Metadata = { title: '상담 처리' };

/** The agent's desk: the cases so far, and a new one for the next caller. */
export default function AgentPage() {
  return (
    <div className="page">
      <div className="page-header page-header-row">
        <div>
          <h1>상담 처리</h1>
          <p className="muted">접수된 상담을 찾거나, 새 상담을 시작하세요.</p>
        </div>
        <NewCaseLink />
      </div>
      <CaseList />
    </div>
  );
}
