import { SEOUL_TIME_ZONE as SEOUL } from '@/lib/i18n/time-zone';

// Everything the portal shows happens in Korea; the browser's own zone must not leak in.
const WON = new Intl.NumberFormat('ko-KR');
const NUMBER_OF: Record<string, Intl.NumberFormat> = { ko: WON, en: new Intl.NumberFormat('en-US') };
const SEOUL_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: SEOUL,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const SEOUL_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: SEOUL,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The digits of an amount with the language's grouping, "150,000"; useFormat adds the unit. */
export function formatWonNumber(amount: number, locale: string): string {
  return (NUMBER_OF[locale] ?? WON).format(amount);
}

/** An instant's year, month, day, hour and minute on Seoul's wall clock, two digits each (four for the year). */
export function seoulParts(instant: string | Date): Record<string, string> {
  const parts = SEOUL_PARTS.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

/** A calendar date as "2026-04-01"; an instant becomes its date in Seoul. */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string' && ISO_DATE.test(value)) return value;
  const p = seoulParts(value);
  return `${p.year}-${p.month}-${p.day}`;
}

/** An instant as Seoul wall-clock time: "2026-04-01T00:30:00Z" → "2026-04-01 09:30". */
export function formatInstant(value: string | Date): string {
  const p = seoulParts(value);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** An instant's Seoul wall-clock time to the second: "2026-04-01T00:30:12Z" → "09:30:12". */
export function formatClock(value: string | Date): string {
  return SEOUL_CLOCK.format(typeof value === 'string' ? new Date(value) : value);
}

/** A period of dates: "2026-04-01 ~ 2026-04-30". */
export function formatPeriod(startsOn: string, endsOn: string): string {
  return `${formatDate(startsOn)} ~ ${formatDate(endsOn)}`;
}

/** A Korean phone number in digits as people write it: "0234527781" → "02-3452-7781". */
export function formatPhone(digits: string): string {
  const d = digits.replace(/\D/g, '');
  const area = d.startsWith('02') ? 2 : 3;
  if (d.length < area + 7 || d.length > area + 8) return digits;
  const rest = d.slice(area);
  const middle = rest.length - 4;
  return `${d.slice(0, area)}-${rest.slice(0, middle)}-${rest.slice(middle)}`;
}
