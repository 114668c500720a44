import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { users, type UserRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { recordAudit } from '../audit/record-audit';
import { fieldError } from '../core/service-error';
import { foundRow } from '../core/rows';

/**
 * Activates or deactivates a staff account. A deactivated user cannot sign in, and their
 * session stops working at the next request (the viewer is read from the database each time).
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
  return db.transaction(async (tx) => {
    const updated = tx.update(users).set({ active: input.active }).where(eq(users.id, input.id)).returning();
    const row = await foundRow(updated, () => fieldError('NOT_FOUND', 'id', 'userNotFound'));
    const action = input.active ? 'ACTIVATE_USER' : 'DEACTIVATE_USER';
    await recordAudit(tx, { actor, meta, action, subjectType: 'User', subjectId: row.id });
    return row;
  });
}
