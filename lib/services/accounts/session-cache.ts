import type { UserRow } from '@/db/schema';

/**
 * How long one app instance trusts a session it has checked: the bound, stated in SECURITY.md,
 * within which a sign-out or a deactivation made through another instance ends access. Made
 * through this instance, they end it at once (forgetSession, forgetUser).
 */
export const SESSION_CACHE_MS = 5_000;
// Enough for every signed-in member of staff many times over; the oldest entry makes room.
const MAX_ENTRIES = 10_000;

/** A live session as last read from the database, and until when this instance trusts it. */
export interface CachedSession {
  user: UserRow;
  session: { createdAt: Date; lastSeenAt: Date; endedAt: Date | null };
  readAt: number;
}

declare global {
  // One cache per server process: route handlers and pages may be bundled apart, a sign-out
  // in one must reach the other.
  var __csSessionCache: Map<string, CachedSession> | undefined;
}

function entries(): Map<string, CachedSession> {
  return (globalThis.__csSessionCache ??= new Map<string, CachedSession>());
}

/** The session as cached, if it was read from the database less than SESSION_CACHE_MS before `now`. */
export function cachedSession(sessionId: string, now: Date): CachedSession | undefined {
  const entry = entries().get(sessionId);
  const age = entry ? now.getTime() - entry.readAt : Infinity;
  if (age >= 0 && age < SESSION_CACHE_MS) return entry;
  entries().delete(sessionId);
  return undefined;
}

/** Keeps a live session just read from the database. */
export function cacheSession(sessionId: string, entry: CachedSession): void {
  const cache = entries();
  cache.delete(sessionId);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(sessionId, entry);
}

/** Forgets a session at once (its sign-out). */
export function forgetSession(sessionId: string): void {
  entries().delete(sessionId);
}

/** Forgets every session of an account at once (its deactivation, or any change to the account). */
export function forgetUser(userId: string): void {
  for (const [sessionId, entry] of entries()) if (entry.user.id === userId) entries().delete(sessionId);
}
