import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: '페이지 없음' };

/** The 404 page. */
export default function NotFound() {
  return (
    <main className="centered-page">
      <div className="card centered-card centered-card-wide">
        <h1>404 — 페이지를 찾을 수 없습니다.</h1>
        <p className="muted">주소가 바뀌었거나 없는 페이지입니다. 주소를 확인하거나 처음 화면으로 돌아가 주세요.</p>
        <p>
          <Link className="button button-primary" href="/">
            처음 화면으로
          </Link>
        </p>
      </div>
    </main>
  );
}
