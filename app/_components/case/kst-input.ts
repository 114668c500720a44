// A datetime-local input has no zone; the portal reads and writes it as Seoul wall-clock time.
const SEOUL_INPUT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const LOCAL_INPUT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(\.\d+)?)?$/;

/** Now (or the given instant) as a datetime-local value in Seoul: "2026-04-01T09:30". */
export function kstInputValue(instant: Date = new Date()): string {
  const p = Object.fromEntries(SEOUL_INPUT.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** A datetime-local value read as Seoul time, as the API's DateTime: "2026-04-01T09:30:00+09:00". */
export function kstInputToDateTime(value: string): string | null {
  const match = LOCAL_INPUT.exec(value.trim());
  return match ? `${match[1]}:00+09:00` : null;
}
