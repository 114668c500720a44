import { and, eq, gte, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';
import { signInAttempts, userSessions, type UserRow } from '@/db/schema';
import { ACCOUNT_LOCKOUT, ADDRESS_LOCKOUT, lockedUntil, lookbackMs, type LockoutRule } from '@/lib/domain/sign-in-lockout';
import { verifyCredentials } from './verify-credentials';

export type SignInResult =
  { outcome: 'SUCCEEDED'; user: UserRow; sessionId: string } | { outcome: 'FAILED' } | { outcome: 'LOCKED'; until: Date };

/** Times of failed attempts matching `where` that can still count for `rule` at `now`. */
async function failureTimes(tx: Executor, where: ReturnType<typeof eq>, rule: LockoutRule, now: Date): Promise<Date[]> {
  const since = new Date(now.getTime() - lookbackMs(rule));
  const rows = await tx
    .select({ at: signInAttempts.at })
    .from(signInAttempts)
    .where(and(where, eq(signInAttempts.outcome, 'FAILED'), gte(signInAttempts.at, since)));
  return rows.map((r) => r.at);
}

/**
 * Checks an email and password, with the lockout counted in the database (so every app
 * instance shares it), records the attempt, and on success opens a session. Unknown email
 * and wrong password give the same FAILED. `now` is the clock, for tests.
 */
export function signIn(
  db: Database,
  input: { email: string; password: string; clientAddress: string | null },
  now: Date = new Date(),
): Promise<SignInResult> {
  const emailKey = input.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    // One attempt per email at a time, so concurrent guesses cannot slip past the count.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:${emailKey}`}))`);
    const locks = [lockedUntil(await failureTimes(tx, eq(signInAttempts.emailKey, emailKey), ACCOUNT_LOCKOUT, now), now, ACCOUNT_LOCKOUT)];
    if (input.clientAddress) {
      const byAddress = await failureTimes(tx, eq(signInAttempts.clientAddress, input.clientAddress), ADDRESS_LOCKOUT, now);
      locks.push(lockedUntil(byAddress, now, ADDRESS_LOCKOUT));
    }
    const until = locks.filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0];
    const record = (outcome: 'SUCCEEDED' | 'FAILED' | 'LOCKED') =>
      tx.insert(signInAttempts).values({ emailKey, clientAddress: input.clientAddress, outcome, at: now });
    if (until) {
      await record('LOCKED');
      return { outcome: 'LOCKED', until };
    }
    const user = await verifyCredentials(tx, input.email, input.password);
    if (!user) {
      await record('FAILED');
      return { outcome: 'FAILED' };
    }
    await record('SUCCEEDED');
    const [session] = await tx
      .insert(userSessions)
      .values({ userId: user.id, clientAddress: input.clientAddress, createdAt: now, lastSeenAt: now })
      .returning({ id: userSessions.id });
    return { outcome: 'SUCCEEDED', user, sessionId: session!.id };
  });
}
