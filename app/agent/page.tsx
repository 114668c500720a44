import type { Metadata } from 'next';
import { PassSearch } from '@/app/_components/pass-search';

export const metadata: Metadata = { title: '상담 처리' };

/** The agent's desk: find the caller's pass first. */
export default function AgentPage() {
  return (
    <div className="page">
      <div className="page-header">
        <h1>상담 처리</h1>
        <p className="muted">고객의 정기권을 찾아 기간, 주차장, 등록 여부를 확인하세요.</p>
      </div>
      <PassSearch />
    </div>
  );
}
