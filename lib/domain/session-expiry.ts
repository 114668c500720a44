const MINUTE = 60_000;

/** A session ends after 30 minutes without a request … */
export const SESSION_IDLE_MS = 30 * MINUTE;
/** … and 8 hours after sign-in (one shift), however active. */
export const SESSION_ABSOLUTE_MS = 8 * 60 * MINUTE;
/** lastSeenAt is written at most this often, so reading pages does not write on every request. */
export const SESSION_TOUCH_EVERY_MS = MINUTE;

export type SessionState = 'ACTIVE' | 'ENDED' | 'IDLE' | 'EXPIRED';

/** Whether a session may still be used at `now`, and if not, why. */
export function sessionState(session: { createdAt: Date; lastSeenAt: Date; endedAt: Date | null }, now: Date): SessionState {
  if (session.endedAt) return 'ENDED';
  if (now.getTime() - session.createdAt.getTime() >= SESSION_ABSOLUTE_MS) return 'EXPIRED';
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_MS) return 'IDLE';
  return 'ACTIVE';
}
