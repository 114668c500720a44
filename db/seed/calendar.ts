import { kstMonthOf, kstMonthRange, previousMonth } from '../../lib/domain/kst-month';
import type { Random } from './prng';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const KST_OFFSET_MS = 9 * HOUR_MS;

/** A span of instants [start, end]. */
export interface Window {
  start: Date;
  end: Date;
}

/** The instant `minutes` after another. */
export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * MINUTE_MS);
}

/** The demo's months, oldest first: the three before the current KST month, then the current one. */
export function demoMonths(now: Date): string[] {
  const current = kstMonthOf(now);
  const months = [current];
  for (let i = 0; i < 3; i++) months.unshift(previousMonth(months[0] as string));
  return months;
}

/** Days in a KST month: a monthly pass's available days. */
export function daysInMonth(month: string): number {
  const { start, end } = kstMonthRange(month);
  return Math.round((end.getTime() - start.getTime()) / DAY_MS);
}

/** The instant of a KST wall-clock time in a month, e.g. (2026-04, 1, 0, 30) → 03-31T15:30Z. */
export function kstInstant(month: string, day: number, hour: number, minute = 0): Date {
  const { start } = kstMonthRange(month);
  return new Date(start.getTime() + (day - 1) * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS);
}

/** The part of a KST month that has already happened, up to a margin before now. */
export function pastPartOf(month: string, now: Date, marginMinutes = 15): Window {
  const { start, end } = kstMonthRange(month);
  const limit = addMinutes(now, -marginMinutes);
  return { start, end: new Date(Math.min(end.getTime() - 1, limit.getTime())) };
}

/** Length of a window in hours (negative when it is empty). */
export function hoursIn(window: Window): number {
  return (window.end.getTime() - window.start.getTime()) / HOUR_MS;
}

// People park when they commute; incidents cluster at these KST hours.
const INCIDENT_HOURS = [7, 8, 8, 9, 9, 12, 13, 17, 18, 18, 19, 19, 20, 22] as const;

/** An incident time inside a window, usually at a commuting hour (KST). */
export function incidentTimeIn(window: Window, random: Random): Date {
  const startMs = window.start.getTime();
  const endMs = window.end.getTime();
  // KST midnight of the window's first day, so that hour offsets land on KST wall-clock hours.
  const firstDay = Math.floor((startMs + KST_OFFSET_MS) / DAY_MS) * DAY_MS - KST_OFFSET_MS;
  const days = Math.floor((endMs - firstDay) / DAY_MS);
  const candidate = firstDay + random.int(0, days) * DAY_MS + random.pick(INCIDENT_HOURS) * HOUR_MS + random.int(0, 59) * MINUTE_MS;
  if (candidate >= startMs && candidate <= endMs) return new Date(candidate);
  return new Date(startMs + Math.floor(random.next() * (endMs - startMs)));
}

/** Splits a window into n consecutive equal parts, for incidents that must come in order. */
export function splitWindow(window: Window, parts: number): Window[] {
  const step = (window.end.getTime() - window.start.getTime()) / parts;
  return Array.from({ length: parts }, (_, i) => ({
    start: new Date(window.start.getTime() + Math.floor(step * i)),
    end: new Date(window.start.getTime() + Math.floor(step * (i + 1)) - 1),
  }));
}
