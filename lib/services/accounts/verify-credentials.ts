import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { users, type UserRow } from '@/db/schema';
import { randomUUID } from 'node:crypto';
import { hashPassword, verifyPassword } from '@/lib/auth/password';

// Verified against when no account matches, so that an unknown email costs as much
// time as a wrong password and the two cannot be told apart.
let dummyHash: Promise<string> | undefined;

/** The active account with this email and password, or null; never says which part was wrong. */
export async function verifyCredentials(db: Executor, email: string, password: string): Promise<UserRow | null> {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email.trim()})`);
  dummyHash ??= hashPassword(randomUUID());
  const matches = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  return user && user.active && matches ? user : null;
}
