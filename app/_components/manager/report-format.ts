const COUNT = new Intl.NumberFormat('ko-KR');

/** A count of things as Koreans write it: 1234 → "1,234건". */
export function formatCount(count: number): string {
  return `${COUNT.format(count)}건`;
}

/** The change against last month: 3 → "+3 (지난달 대비)", 0 → "변동 없음 (지난달 대비)". */
export function formatChange(change: number): string {
  if (change === 0) return '변동 없음 (지난달 대비)';
  const sign = change > 0 ? '+' : '−';
  return `${sign}${COUNT.format(Math.abs(change))} (지난달 대비)`;
}

/** A duration in seconds as "3분 30초"; null (nothing measured) as "—". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null) return '—';
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  if (hours > 0) return `${hours}시간 ${minutes}분`;
  if (minutes > 0) return rest > 0 ? `${minutes}분 ${rest}초` : `${minutes}분`;
  return `${rest}초`;
}

/** A share 0..1 as a percentage with one decimal: 0.6667 → "66.7%"; null as "—". */
export function formatShare(share: number | null | undefined): string {
  if (share == null) return '—';
  return `${(share * 100).toFixed(1)}%`;
}

/** A month "2026-04" as "2026년 4월". */
export function formatMonth(month: string): string {
  const [year, monthNumber] = month.split('-');
  return `${year}년 ${Number(monthNumber)}월`;
}

/** Where a manager reads the omission cases behind a count. */
export function omissionCasesHref(month: string, lotId?: string): string {
  const query = new URLSearchParams({ month, kind: 'OPERATOR_OMISSION', counted: '1' });
  if (lotId) query.set('lotId', lotId);
  return `/manager/cases?${query.toString()}`;
}
