import { EARLIEST_YEAR, KST_OFFSET_MS } from './kst-month';

/** Whether year-month-day is a real date of the Gregorian calendar (no 2026-02-30). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date "YYYY-MM-DD". */
export function isIsoDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  return m !== null && Number(m[1]) >= EARLIEST_YEAR && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * An ISO-8601 instant that states its offset ("Z" or ±hh:mm), or null: a time without an
 * offset is ambiguous between KST and UTC, so it is refused rather than guessed.
 */
export function parseInstant(value: string): Date | null {
  const m = INSTANT_PATTERN.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = Number(m[6] ?? 0);
  if (year < EARLIEST_YEAR || !isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  if (m[8] !== 'Z' && (Number(m[10]) > 14 || Number(m[11]) > 59)) return null;
  const instant = new Date(value);
  // 9999-12-31T23:00-09:00 is in year 10000 in UTC, which the driver cannot write as a date.
  return Number.isNaN(instant.getTime()) || instant.getUTCFullYear() > 9999 ? null : instant;
}

/** An instant written in KST with its offset, e.g. "2026-04-01T00:30:00.000+09:00". */
export function formatKstIso(instant: Date): string {
  return new Date(instant.getTime() + KST_OFFSET_MS).toISOString().replace('Z', '+09:00');
}
