// Pure rules of the operator's live queues: how long a request has waited, how urgent it is,
// which rows are new since the last poll, where the keyboard selection goes. No React, no I/O.

/** An exit row turns amber after this long: the customer was told "about 5 minutes". */
export const EXIT_WARNING_SECONDS = 3 * 60;
/** An exit row turns red after this long: the car has waited past the promise. */
export const EXIT_LATE_SECONDS = 5 * 60;

/** How urgent a waiting exit is: on time, getting late (amber), late (red); never colour alone (urgency-badge.tsx). */
export type Urgency = 'normal' | 'warning' | 'late';

/** The urgency of an exit request that has waited this many seconds. */
export function exitUrgency(waitedSeconds: number): Urgency {
  if (waitedSeconds >= EXIT_LATE_SECONDS) return 'late';
  if (waitedSeconds >= EXIT_WARNING_SECONDS) return 'warning';
  return 'normal';
}

/** Whole seconds from an instant to "now" (server-corrected), never negative. */
export function waitedSeconds(since: string, nowMs: number): number {
  const started = Date.parse(since);
  if (Number.isNaN(started)) return 0;
  return Math.max(0, Math.floor((nowMs - started) / 1000));
}

/** Whether a due time has passed at "now" (server-corrected). */
export function isPastDue(dueAt: string, nowMs: number): boolean {
  const due = Date.parse(dueAt);
  return !Number.isNaN(due) && nowMs > due;
}

/** Which wording a waiting time takes (operator.waiting.* in the catalog) and its numbers. */
export type WaitingParts =
  | { unit: 'seconds'; seconds: number }
  | { unit: 'minutesSeconds'; minutes: number; seconds: number }
  | { unit: 'hours'; hours: number }
  | { unit: 'hoursMinutes'; hours: number; minutes: number }
  | { unit: 'days'; days: number }
  | { unit: 'daysHours'; days: number; hours: number };

/**
 * A waiting time as staff say it: "12초", "4분 12초", "1시간 5분", "2일 3시간" (the catalog
 * words it per language). Seconds only while they matter; the larger the wait, the coarser the unit.
 */
export function waitingParts(totalSeconds: number): WaitingParts {
  const s = Math.max(0, Math.floor(totalSeconds));
  const days = Math.floor(s / 86_400);
  const hours = Math.floor((s % 86_400) / 3_600);
  const minutes = Math.floor((s % 3_600) / 60);
  const seconds = s % 60;
  if (days > 0) return hours > 0 ? { unit: 'daysHours', days, hours } : { unit: 'days', days };
  if (hours > 0) return minutes > 0 ? { unit: 'hoursMinutes', hours, minutes } : { unit: 'hours', hours };
  if (minutes > 0) return { unit: 'minutesSeconds', minutes, seconds };
  return { unit: 'seconds', seconds };
}

/** The server's clock minus the browser's, in ms, measured when an answer arrived. */
export function clockOffset(serverTime: string, receivedAtMs: number): number {
  const server = Date.parse(serverTime);
  return Number.isNaN(server) ? 0 : server - receivedAtMs;
}

/**
 * The ids in this poll that were not in the previous one. The first load (no previous poll)
 * yields none: what was already waiting when the page opened is not news.
 */
export function newIds(previous: ReadonlySet<string> | null, current: readonly string[]): string[] {
  if (previous === null) return [];
  return current.filter((id) => !previous.has(id));
}

/**
 * The row selected after pressing j (+1) or k (−1) among the row keys in screen order.
 * Nothing selected yet: j picks the first row, k the last. Stops at either end.
 */
export function moveSelection(keys: readonly string[], current: string | null, delta: 1 | -1): string | null {
  if (keys.length === 0) return null;
  const index = current === null ? -1 : keys.indexOf(current);
  if (index === -1) return delta === 1 ? keys[0]! : keys[keys.length - 1]!;
  const next = Math.min(keys.length - 1, Math.max(0, index + delta));
  return keys[next]!;
}

/**
 * The row to select when the selected one left the queue (handled here or elsewhere): the
 * row now at its old position, else the last one, else none.
 */
export function selectionAfterRemoval(keys: readonly string[], lastIndex: number): string | null {
  if (keys.length === 0) return null;
  return keys[Math.min(Math.max(0, lastIndex), keys.length - 1)]!;
}
