import type { Metadata } from 'next';
import { UsersAdmin } from '@/app/_components/manager/users/users-admin';

export const metadata: Metadata = { title: '계정 관리' };

/** Staff accounts: who can sign in, with which role; new accounts and (de)activation. */
export default function ManagerUsersPage() {
  return (
    <div className="page">
      <div className="page-header">
        <h1>계정 관리</h1>
        <p className="muted">상담사·운영사·관리자 계정을 만들고, 더 이상 쓰지 않는 계정을 비활성화합니다. 비활성화된 계정은 곧바로 로그인과 사용이 막힙니다.</p>
      </div>
      <section className="section" aria-label="계정 목록">
        <UsersAdmin />
      </section>
    </div>
  );
}
