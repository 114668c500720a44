'use client';

/** What a page shows when rendering it failed on the server (e.g. the database is down). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="centered-page">
      <div className="card centered-card centered-card-wide" role="alert">
        <h1>화면을 불러오지 못했습니다.</h1>
        <p className="muted">잠시 후 다시 시도해 주세요. 문제가 계속되면 관리자에게 알려 주세요.</p>
        <p>
          <button type="button" className="button button-primary" onClick={reset}>
            다시 시도
          </button>
        </p>
      </div>
    </main>
  );
}
