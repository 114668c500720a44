import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { users, type UserRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { recordAudit } from '../audit/record-audit';
import { ServiceError } from '../core/service-error';

/**
 * Activates or deactivates a staff account. A deactivated user cannot sign in, and their
 * session stops working at the next request (the viewer is read from the database each time).
 * A manager cannot deactivate themselves, so there is always someone to undo it.
 */
export async function setUserActive(db: Database, actor: Actor, meta: RequestMeta, input: { id: string; active: boolean }): Promise<UserRow> {
  if (input.id === actor.id && !input.active) {
    throw new ServiceError('BAD_USER_INPUT', 'id: 자기 자신의 계정은 비활성화할 수 없습니다.', 'id');
  }
  return db.transaction(async (tx) => {
    const [row] = await tx.update(users).set({ active: input.active }).where(eq(users.id, input.id)).returning();
    if (!row) throw new ServiceError('NOT_FOUND', 'id: 사용자를 찾을 수 없습니다.', 'id');
    await recordAudit(tx, { actor, meta, action: input.active ? 'ACTIVATE_USER' : 'DEACTIVATE_USER', subjectType: 'User', subjectId: row.id });
    return row;
  });
}
