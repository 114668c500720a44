import type { Metadata } from 'next';
import { ManagerLotsOverview } from '@/app/_components/manager-lots-overview';
import { ManagerNotices } from '@/app/_components/manager-notices';

export const metadata: Metadata = { title: '주차장·운영사 현황' };

/** The manager's overview of who runs which lots. */
export default function ManagerPage() {
  return (
    <div className="page">
      <div className="page-header">
        <h1>주차장·운영사 현황</h1>
        <p className="muted">운영사별 주차장과 연동 방식, 출구 호출버튼 여부입니다.</p>
      </div>
      <ManagerNotices />
      <ManagerLotsOverview />
    </div>
  );
}
