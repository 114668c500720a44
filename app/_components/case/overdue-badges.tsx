/** A request past the operator's target, and whether managers were told; text, not colour alone. */
export function OverdueBadges({ overdue, escalatedAt }: { overdue: boolean; escalatedAt?: string | null }) {
  if (!overdue && !escalatedAt) return null;
  return (
    <>
      {overdue && <span className="badge badge-danger">목표 시간 초과</span>}
      {escalatedAt && <span className="badge badge-warning">관리자 보고됨</span>}
    </>
  );
}
