import { and, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { users, userSessions } from '@/db/schema';
import { sessionState, SESSION_TOUCH_EVERY_MS } from '@/lib/domain/session-expiry';

/**
 * Of these sessions, the ones still good at `now` (the rule resumeSession applies to each
 * request: signed in, not idle, not too old, account active), in one SELECT for all the open
 * streams of an instance. A session with an open stream counts as in use, as the polling page
 * it replaces did: its lastSeenAt moves on at most once a minute, in one UPDATE for all.
 */
export async function liveSessions(db: Executor, sessionIds: readonly string[], now: Date = new Date()): Promise<Set<string>> {
  if (sessionIds.length === 0) return new Set();
  const rows = await db
    .select({ id: userSessions.id, createdAt: userSessions.createdAt, lastSeenAt: userSessions.lastSeenAt, endedAt: userSessions.endedAt })
    .from(userSessions)
    .innerJoin(users, and(eq(users.id, userSessions.userId), eq(users.active, true)))
    .where(inArray(userSessions.id, [...sessionIds]));
  const live = rows.filter((row) => sessionState(row, now) === 'ACTIVE');
  const stale = live.filter((row) => now.getTime() - row.lastSeenAt.getTime() >= SESSION_TOUCH_EVERY_MS).map((row) => row.id);
  if (stale.length > 0) {
    const touchBefore = new Date(now.getTime() - SESSION_TOUCH_EVERY_MS);
    await db
      .update(userSessions)
      .set({ lastSeenAt: now })
      .where(and(inArray(userSessions.id, stale), isNull(userSessions.endedAt), lt(userSessions.lastSeenAt, touchBefore)));
  }
  return new Set(live.map((row) => row.id));
}
