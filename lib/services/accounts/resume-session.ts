import { and, eq, isNull, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '@/db/client';
import { rowFromJson } from '@/db/json-row';
import { users, userSessions, type UserRow } from '@/db/schema';
import { sessionState, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_EVERY_MS } from '@/lib/domain/session-expiry';
import { cachedSession, cacheSession, forgetSession } from './session-cache';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The user of a session at this request, or null when the session was signed out, sat idle
 * 30 minutes, is over 8 hours old, or its account is deactivated. Checked against the
 * database at most every SESSION_CACHE_MS per instance (session-cache.ts), else from the
 * cache, so a hot read costs no round trip for it. A live session's lastSeenAt moves on at
 * most once a minute, in the same statement as the check. `now` is the clock, for tests.
 */
export async function resumeSession(db: Executor, sessionId: string, now: Date = new Date()): Promise<UserRow | null> {
  if (!UUID.test(sessionId)) return null;
  const cached = cachedSession(sessionId, now);
  if (cached) return sessionState(cached.session, now) === 'ACTIVE' ? cached.user : null;

  // The touch rides along as a data-modifying CTE, under the same conditions as
  // sessionState's ACTIVE (so it never revives an idle, old or ended session); the SELECT sees
  // the row as it was before the touch, which is what sessionState judges. A raw statement
  // (the primary's, should reads ever go to replicas), its rows decoded by rowFromJson.
  const before = (ms: number) => sql`${new Date(now.getTime() - ms).toISOString()}::timestamptz`;
  const result = await db.execute(sql`
    WITH touched AS (
      UPDATE ${userSessions} SET ${sql.identifier(userSessions.lastSeenAt.name)} = ${now.toISOString()}::timestamptz
      WHERE ${userSessions.id} = ${sessionId}::uuid AND ${userSessions.endedAt} IS NULL
        AND ${userSessions.lastSeenAt} <= ${before(SESSION_TOUCH_EVERY_MS)}
        AND ${userSessions.lastSeenAt} > ${before(SESSION_IDLE_MS)}
        AND ${userSessions.createdAt} > ${before(SESSION_ABSOLUTE_MS)}
        AND EXISTS (SELECT 1 FROM ${users} WHERE ${users.id} = ${userSessions.userId} AND ${users.active})
      RETURNING 1
    )
    SELECT to_jsonb(${userSessions}) AS session, to_jsonb(${users}) AS "user", EXISTS (SELECT 1 FROM touched) AS touched
    FROM ${userSessions} JOIN ${users} ON ${users.id} = ${userSessions.userId}
    WHERE ${userSessions.id} = ${sessionId}::uuid`);
  const [row] = rowsOf<{ session: Record<string, unknown>; user: Record<string, unknown>; touched: boolean }>(result);
  if (!row) return null;
  const user = rowFromJson(users, row.user);
  const session = rowFromJson(userSessions, row.session);
  if (!user.active || sessionState(session, now) !== 'ACTIVE') return null;
  cacheSession(sessionId, { user, session: row.touched ? { ...session, lastSeenAt: now } : session, readAt: now.getTime() });
  return user;
}

/** Signs a session out: this instance refuses it at once, others within SESSION_CACHE_MS. */
export async function endSession(db: Executor, sessionId: string, now: Date = new Date()): Promise<void> {
  if (!UUID.test(sessionId)) return;
  await db
    .update(userSessions)
    .set({ endedAt: now })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)));
  // After the write, so a request that read the session meanwhile cannot keep it cached.
  forgetSession(sessionId);
}
