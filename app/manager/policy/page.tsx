import type { Metadata } from 'next';
import { PolicyForm } from '@/app/_components/manager/policy-form';
import { PolicyTable } from '@/app/_components/manager/policy-table';

export const metadata: Metadata = { title: '보상 정책' };

/** The compensation policy's versions and a form for the next one. */
export default function ManagerPolicyPage() {
  return (
    <div className="page">
      <div className="page-header">
        <h1>보상 정책</h1>
        <p className="muted">상담은 사고 시각에 시행 중인 정책으로 판단합니다. 새 정책은 오늘 이후 날짜부터 시행할 수 있습니다.</p>
      </div>
      <section className="section" aria-labelledby="policy-versions-heading">
        <h2 id="policy-versions-heading">정책 이력</h2>
        <PolicyTable />
      </section>
      <PolicyForm />
    </div>
  );
}
