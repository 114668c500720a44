import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { users, type UserRow } from '@/db/schema';

/**
 * The user a session names, as the database has them now, or null when the account is gone
 * or deactivated: a session is worth only what the account is worth at this request.
 */
export async function loadActiveUser(db: Executor, id: string): Promise<UserRow | null> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user?.active ? user : null;
}
