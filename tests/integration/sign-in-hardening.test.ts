import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { signInAttempts, users, userSessions, type UserRow } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { endSession, resumeSession } from '@/lib/services/accounts/resume-session';
import { SESSION_CACHE_MS } from '@/lib/services/accounts/session-cache';
import { signIn } from '@/lib/services/accounts/sign-in';
import { openTestDatabase } from '../fixtures/test-api';
import { makeUser } from '../fixtures/world';

// The clock is an argument of the services: each test walks its own timeline from T0.
const T0 = new Date('2026-04-01T09:00:00+09:00').getTime();
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const PASSWORD = 'correct horse battery staple';

let handle: DatabaseHandle;
let sequence = 0;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

/** An agent with a known password and an address of its own, so tests do not share counts. */
async function agentWithPassword(): Promise<{ user: UserRow; address: string }> {
  const user = await makeUser(handle.db, 'AGENT');
  await handle.db
    .update(users)
    .set({ passwordHash: await hashPassword(PASSWORD) })
    .where(eq(users.id, user.id));
  sequence += 1;
  return { user, address: `10.0.${Math.floor(sequence / 250)}.${sequence % 250}` };
}

const attempt = (email: string, password: string, clientAddress: string | null, minutes: number) =>
  signIn(handle.db, { email, password, clientAddress }, at(minutes));

describe('sign-in: one answer for every failure, lockout counted in the database', () => {
  it('an unknown email and a wrong password get the same answer', async () => {
    const { user, address } = await agentWithPassword();
    expect(await attempt('nobody-here@test.local', PASSWORD, address, 0)).toEqual({ outcome: 'FAILED' });
    expect(await attempt(user.email, 'wrong password 123', address, 0)).toEqual({ outcome: 'FAILED' });
  });

  it('5 failures in 15 minutes lock the account for 15 minutes, even with the right password, then it opens', async () => {
    const { user, address } = await agentWithPassword();
    for (const minute of [0, 2, 4, 6]) expect(await attempt(user.email, 'wrong', address, minute)).toEqual({ outcome: 'FAILED' });
    expect(await attempt(user.email, PASSWORD, address, 7)).toMatchObject({ outcome: 'SUCCEEDED' });
    expect(await attempt(user.email, 'wrong', address, 8)).toEqual({ outcome: 'FAILED' }); // the 5th failure since minute 0: a success does not reset the count
    expect(await attempt(user.email, PASSWORD, address, 9)).toEqual({ outcome: 'LOCKED', until: at(23) });
    // Guessing on during the lock does not prolong it.
    expect(await attempt(user.email, 'wrong', address, 20)).toEqual({ outcome: 'LOCKED', until: at(23) });
    expect(await attempt(user.email, PASSWORD, address, 22.9)).toMatchObject({ outcome: 'LOCKED' });
    expect(await attempt(user.email, PASSWORD, address, 23)).toMatchObject({ outcome: 'SUCCEEDED' });
    // The email is counted however it is typed.
    const rows = await handle.db.select().from(signInAttempts).where(eq(signInAttempts.emailKey, user.email.toLowerCase()));
    expect(rows.map((r) => r.outcome)).toEqual([
      'FAILED',
      'FAILED',
      'FAILED',
      'FAILED',
      'SUCCEEDED',
      'FAILED',
      'LOCKED',
      'LOCKED',
      'LOCKED',
      'SUCCEEDED',
    ]);
  });

  it('a locked email stays locked from another address and in another letter case', async () => {
    const { user, address } = await agentWithPassword();
    for (let i = 0; i < 5; i += 1) await attempt(user.email, 'wrong', address, i);
    expect(await attempt(user.email.toUpperCase(), PASSWORD, '192.0.2.77', 5)).toMatchObject({ outcome: 'LOCKED' });
  });

  it('20 failures from one address in 15 minutes lock that address for every account, not others', async () => {
    const { user, address } = await agentWithPassword();
    for (let i = 0; i < 20; i += 1) await attempt(`guess-${i}-${sequence}@test.local`, 'wrong', address, i * 0.5);
    expect(await attempt(user.email, PASSWORD, address, 10)).toEqual({ outcome: 'LOCKED', until: at(24.5) });
    expect(await attempt(user.email, PASSWORD, '198.51.100.9', 10)).toMatchObject({ outcome: 'SUCCEEDED' });
  });

  it('concurrent wrong guesses cannot slip past the count: exactly 5 fail, the rest are locked', async () => {
    const { user, address } = await agentWithPassword();
    const results = await Promise.all(Array.from({ length: 12 }, () => attempt(user.email, 'wrong', address, 1)));
    expect(results.filter((r) => r.outcome === 'FAILED')).toHaveLength(5);
    expect(results.filter((r) => r.outcome === 'LOCKED')).toHaveLength(7);
  });
});

describe('sessions: checked against the database, at most 5 s apart per instance', () => {
  async function session(minutes = 0) {
    const { user, address } = await agentWithPassword();
    const result = await attempt(user.email, PASSWORD, address, minutes);
    if (result.outcome !== 'SUCCEEDED') throw new Error(`sign-in ${result.outcome}`);
    return { user, sessionId: result.sessionId };
  }

  it('ends after 30 minutes without a request, not before', async () => {
    const { user, sessionId } = await session();
    expect(await resumeSession(handle.db, sessionId, at(29))).toMatchObject({ id: user.id });
    expect(await resumeSession(handle.db, sessionId, at(58.9))).toMatchObject({ id: user.id }); // 29.9 idle since 29
    expect(await resumeSession(handle.db, sessionId, at(89))).toBeNull(); // 30.1 idle since 58.9
  });

  it('ends 8 hours after sign-in however busy', async () => {
    const { user, sessionId } = await session();
    for (let minute = 20; minute < 480; minute += 20) {
      expect(await resumeSession(handle.db, sessionId, at(minute))).toMatchObject({ id: user.id });
    }
    expect(await resumeSession(handle.db, sessionId, at(480))).toBeNull();
  });

  it('ends at sign-out, and a made-up or malformed session id is nobody', async () => {
    const { sessionId } = await session();
    await endSession(handle.db, sessionId, at(1));
    expect(await resumeSession(handle.db, sessionId, at(2))).toBeNull();
    expect(await resumeSession(handle.db, '00000000-0000-4000-8000-000000000000', at(2))).toBeNull();
    expect(await resumeSession(handle.db, "x' OR 1=1 --", at(2))).toBeNull();
  });

  it('stops within 5 s (the session cache) once the account is deactivated through another instance', async () => {
    const { user, sessionId } = await session();
    expect(await resumeSession(handle.db, sessionId, at(1))).toMatchObject({ id: user.id });
    // Written past this instance's cache, as another app instance would.
    await handle.db
      .update(users)
      .set({ active: false })
      .where(and(eq(users.id, user.id)));
    const second = 1 / 60;
    expect(await resumeSession(handle.db, sessionId, at(1 + 4.9 * second))).toMatchObject({ id: user.id });
    expect(await resumeSession(handle.db, sessionId, at(1 + SESSION_CACHE_MS / 60_000))).toBeNull();
  });

  it('a sign-out through another instance ends the session within 5 s; through this one at once', async () => {
    const elsewhere = await session();
    expect(await resumeSession(handle.db, elsewhere.sessionId, at(1))).toMatchObject({ id: elsewhere.user.id });
    await handle.db
      .update(userSessions)
      .set({ endedAt: at(1) })
      .where(eq(userSessions.id, elsewhere.sessionId));
    expect(await resumeSession(handle.db, elsewhere.sessionId, at(1 + SESSION_CACHE_MS / 60_000))).toBeNull();

    const here = await session();
    expect(await resumeSession(handle.db, here.sessionId, at(1))).toMatchObject({ id: here.user.id });
    await endSession(handle.db, here.sessionId, at(1));
    expect(await resumeSession(handle.db, here.sessionId, at(1))).toBeNull();
  });

  it('lastSeenAt moves on at most once a minute, in the statement that checks the session', async () => {
    const { user, sessionId } = await session();
    const lastSeen = async () =>
      (await handle.db.select({ at: userSessions.lastSeenAt }).from(userSessions).where(eq(userSessions.id, sessionId)))[0]!.at;
    expect(await resumeSession(handle.db, sessionId, at(0.5))).toMatchObject({ id: user.id });
    expect(await lastSeen()).toEqual(at(0)); // within the minute: not written
    expect(await resumeSession(handle.db, sessionId, at(1.5))).toMatchObject({ id: user.id });
    expect(await lastSeen()).toEqual(at(1.5));
    // An idle session is not revived by the touch: 30 minutes later it is refused and stays so.
    expect(await resumeSession(handle.db, sessionId, at(31.5))).toBeNull();
    expect(await lastSeen()).toEqual(at(1.5));
  });
});
