import type { Metadata } from 'next';
import Link from 'next/link';
import { getViewer, HOME_OF } from '@/lib/auth/viewer';

export const metadata: Metadata = { title: '권한 없음' };

/** The 403 page forbidden() renders: another role's page. */
export default async function Forbidden() {
  const viewer = await getViewer();
  return (
    <main className="centered-page">
      <div className="card centered-card centered-card-wide">
        <h1>403 — 이 페이지를 볼 권한이 없습니다.</h1>
        <p className="muted">이 화면은 다른 역할의 사용자를 위한 것입니다. 필요한 권한이 있다면 관리자에게 문의해 주세요.</p>
        <p>
          <Link className="button button-primary" href={viewer ? HOME_OF[viewer.role] : '/login'}>
            {viewer ? '내 대시보드로' : '로그인 화면으로'}
          </Link>
        </p>
      </div>
    </main>
  );
}
