/** A span of time in whole days, hours and minutes, for "접수 2일 3시간 경과". */
export function ageParts(fromIso: string, now: Date): { days: number; hours: number; minutes: number } {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(fromIso).getTime()) / 60_000));
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}
