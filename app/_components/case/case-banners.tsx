interface CaseBannersProps {
  resolved: boolean;
  conflict: boolean;
  refreshing: boolean;
  onRefresh: () => void;
  changedBy: string | null;
  onDismissChange: () => void;
}

/** A closed case, a write lost to another user's change, and news that someone else changed the case. */
export function CaseBanners({ resolved, conflict, refreshing, onRefresh, changedBy, onDismissChange }: CaseBannersProps) {
  return (
    <>
      {resolved && (
        <div className="banner banner-neutral">
          <p>종결된 상담입니다. 기록을 볼 수만 있습니다.</p>
        </div>
      )}
      {conflict && (
        <div className="banner banner-danger" role="alert">
          <p>다른 사용자가 이 상담을 먼저 변경했습니다.</p>
          <button type="button" className="button button-secondary" onClick={onRefresh} disabled={refreshing}>
            {refreshing ? '불러오는 중…' : '새로 고침'}
          </button>
        </div>
      )}
      <div className="live-region" role="status" aria-live="polite">
        {changedBy && (
          <div className="banner banner-info">
            <p>{changedBy}님이 이 상담을 변경했습니다.</p>
            <button type="button" className="button button-secondary" onClick={onDismissChange}>
              확인
            </button>
          </div>
        )}
      </div>
    </>
  );
}
