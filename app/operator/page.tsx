import type { Metadata } from 'next';
import { EmptyState } from '@/app/_components/query-state';
import { OperatorLots } from '@/app/_components/operator-lots';

export const metadata: Metadata = { title: '내 주차장' };

/** The operator's desk: its lots now, the live request queue in a later release. */
export default function OperatorPage() {
  return (
    <div className="page">
      <div className="page-header">
        <h1>내 주차장</h1>
        <p className="muted">우리 운영사가 맡은 주차장과 연동 방식, 출구 호출버튼 여부입니다.</p>
      </div>
      <section className="section" id="lots" aria-labelledby="lots-heading">
        <h2 id="lots-heading">주차장 목록</h2>
        <OperatorLots />
      </section>
      <section className="section" id="requests" aria-labelledby="requests-heading">
        <h2 id="requests-heading">출차·등록 요청</h2>
        <EmptyState title="요청 대기열은 다음 업데이트에서 제공됩니다.">
          상담사가 보낸 출차 요청과 정기권 차량등록 요청을 이곳에서 실시간으로 확인하고 처리하게 됩니다.
        </EmptyState>
      </section>
    </div>
  );
}
