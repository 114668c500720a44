import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { users, type UserRow } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import type { Actor, RequestMeta } from '../core/actor';
import { recordAudit } from '../audit/record-audit';
import { ServiceError } from '../core/service-error';
import { forgetUser } from './session-cache';

/**
 * Remembers the language a user wants the portal in, on their account, so it follows them to
 * another browser. Only ever their own account: there is no id to pass.
 */
export async function setMyLocale(db: Database, actor: Actor, meta: RequestMeta, locale: Locale): Promise<UserRow> {
  const saved = await db.transaction(async (tx) => {
    const [row] = await tx.update(users).set({ locale }).where(eq(users.id, actor.id)).returning();
    if (!row) throw new ServiceError('NOT_FOUND', 'accountNotFound');
    await recordAudit(tx, { actor, meta, action: 'SET_LOCALE', subjectType: 'User', subjectId: row.id, detail: { locale } });
    return row;
  });
  // The cached sessions carry the account's row: without this, this instance's other tabs and
  // browsers would keep the old language for up to SESSION_CACHE_MS.
  forgetUser(saved.id);
  return saved;
}
