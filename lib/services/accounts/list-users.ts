import { asc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { users, type UserRow } from '@/db/schema';

/** Every staff account, active or not, by role then name. */
export function listUsers(db: Executor): Promise<UserRow[]> {
  return db.select().from(users).orderBy(asc(users.role), asc(users.name), asc(users.email));
}
