import type { Metadata } from 'next';
import { OperatorLots } from '@/app/_components/operator-lots';
import { RequestDesk } from '@/app/_components/operator/request-desk';

export const metadata: Metadata = { title: '내 주차장' };

/** The operator's desk: the live exit and registration queues first, its lots below. */
export default function OperatorPage() {
  return (
    <div className="page">
      <div className="page-header">
        <h1>내 주차장</h1>
        <p className="muted">상담사가 보낸 출차 요청과 정기권 차량등록 요청을 실시간으로 확인하고 처리합니다.</p>
      </div>
      <RequestDesk />
      <section className="section" id="lots" aria-labelledby="lots-heading">
        <h2 id="lots-heading">주차장 목록</h2>
        <p className="muted">우리 운영사가 맡은 주차장과 연동 방식, 출구 호출버튼 여부입니다.</p>
        <OperatorLots />
      </section>
    </div>
  );
}
