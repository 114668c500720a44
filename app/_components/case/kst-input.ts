import { seoulParts } from '../ui/format';

// A datetime-local input has no zone; the portal reads and writes it as Seoul wall-clock time.
const LOCAL_INPUT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(\.\d+)?)?$/;

/** Now (or the given instant) as a datetime-local value in Seoul: "2026-04-01T09:30". */
export function kstInputValue(instant: Date = new Date()): string {
  const p = seoulParts(instant);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** A datetime-local value read as Seoul time, as the API's DateTime: "2026-04-01T09:30:00+09:00". */
export function kstInputToDateTime(value: string): string | null {
  const match = LOCAL_INPUT.exec(value.trim());
  return match ? `${match[1]}:00+09:00` : null;
}
