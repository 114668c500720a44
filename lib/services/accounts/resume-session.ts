import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { users, userSessions, type UserRow } from '@/db/schema';
import { sessionState, SESSION_TOUCH_EVERY_MS } from '@/lib/domain/session-expiry';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The user of a session at this request, or null when the session was signed out, sat idle
 * 30 minutes, is over 8 hours old, or its account is deactivated. Checked on every request;
 * a live session's lastSeenAt moves on (at most once a minute). `now` is the clock, for tests.
 */
export async function resumeSession(db: Executor, sessionId: string, now: Date = new Date()): Promise<UserRow | null> {
  if (!UUID.test(sessionId)) return null;
  const [row] = await db
    .select({ session: userSessions, user: users })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(eq(userSessions.id, sessionId));
  if (!row || !row.user.active || sessionState(row.session, now) !== 'ACTIVE') return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() >= SESSION_TOUCH_EVERY_MS) {
    await db
      .update(userSessions)
      .set({ lastSeenAt: now })
      .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)));
  }
  return row.user;
}

/** Signs a session out: it is refused from the next request on. */
export async function endSession(db: Executor, sessionId: string, now: Date = new Date()): Promise<void> {
  if (!UUID.test(sessionId)) return;
  await db
    .update(userSessions)
    .set({ endedAt: now })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)));
}
