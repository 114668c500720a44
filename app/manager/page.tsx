import type { Metadata } from 'next';
import { ManagerLotsOverview } from '@/app/_components/manager-lots-overview';
import { ManagerNotices } from '@/app/_components/manager-notices';
import { ManagerDashboard } from '@/app/_components/manager/manager-dashboard';

export const metadata: Metadata = { title: '주차장·운영사 현황' };

/** The manager's month at a glance, then who runs which lots. */
export default function ManagerPage() {
  return (
    <div className="page">
      <div className="page-header">
        <h1>주차장·운영사 현황</h1>
        <p className="muted">월별 정기권 등록 누락과 보상, 운영사별 처리 현황, 운영사별 주차장입니다.</p>
      </div>
      <ManagerNotices />
      <ManagerDashboard />
      <section className="section" aria-labelledby="lots-overview-heading">
        <h2 id="lots-overview-heading">운영사별 주차장</h2>
        <ManagerLotsOverview />
      </section>
    </div>
  );
}
