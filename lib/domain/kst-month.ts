/** Korea Standard Time is UTC+9 all year (no daylight saving since 1988). */
export const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The earliest year a client may name in a month, date or instant. PostgreSQL has no year 0
 * ("0000-01-01" is out of range), and a report reaches back up to 36 months from the month
 * it is asked for, which must still be a date the database accepts.
 */
export const EARLIEST_YEAR = 1000;

/** The calendar month "YYYY-MM" in Asia/Seoul that an instant falls in. */
export function kstMonthOf(instant: Date): string {
  return kstDateOf(instant).slice(0, 7);
}

/** The calendar date "YYYY-MM-DD" in Asia/Seoul that an instant falls in. */
export function kstDateOf(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('invalid instant');
  return new Date(instant.getTime() + KST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether a string is a real month "YYYY-MM". */
export function isMonth(value: string): boolean {
  const match = MONTH_PATTERN.exec(value);
  return match !== null && Number(match[1]) >= EARLIEST_YEAR;
}

/** The instants [start, end) that a KST month covers. */
export function kstMonthRange(month: string): { start: Date; end: Date } {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`not a month: ${month}`);
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  return {
    start: new Date(Date.UTC(year, monthIndex, 1) - KST_OFFSET_MS),
    end: new Date(Date.UTC(year, monthIndex + 1, 1) - KST_OFFSET_MS),
  };
}

/** The month before a "YYYY-MM" month. */
export function previousMonth(month: string): string {
  const { start } = kstMonthRange(month);
  return kstMonthOf(new Date(start.getTime() - 1));
}
