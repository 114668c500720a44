import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { users, type UserRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { recordAudit } from '../audit/record-audit';
import { fieldError } from '../core/service-error';
import { foundRow } from '../core/rows';
import { forgetUser } from './session-cache';

/**
 * Activates or deactivates a staff account. A deactivated user cannot sign in, and their
 * sessions stop working at once on this instance and within SESSION_CACHE_MS on the others
 * (session-cache.ts).
 * A manager cannot deactivate themselves, so there is always someone to undo it.
 */
export async function setUserActive(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { id: string; active: boolean },
): Promise<UserRow> {
  if (input.id === actor.id && !input.active) {
    throw fieldError('BAD_USER_INPUT', 'id', 'cannotDeactivateSelf');
  }
  const saved = await db.transaction(async (tx) => {
    const updated = tx.update(users).set({ active: input.active }).where(eq(users.id, input.id)).returning();
    const row = await foundRow(updated, () => fieldError('NOT_FOUND', 'id', 'userNotFound'));
    const action = input.active ? 'ACTIVATE_USER' : 'DEACTIVATE_USER';
    await recordAudit(tx, { actor, meta, action, subjectType: 'User', subjectId: row.id });
    return row;
  });
  // After the commit, so a request that read the account meanwhile cannot keep it cached.
  forgetUser(saved.id);
  return saved;
}
