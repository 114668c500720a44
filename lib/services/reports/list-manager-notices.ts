import { desc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { managerNotices, type ManagerNoticeRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { recordRead } from '../audit/record-read';

/** The newest notices for managers (escalated requests and the like); they name plates, so the read is logged. */
export async function listManagerNotices(db: Executor, actor: Actor, meta: RequestMeta, first: number): Promise<ManagerNoticeRow[]> {
  const rows = await db.select().from(managerNotices).orderBy(desc(managerNotices.createdAt)).limit(first);
  await recordRead(db, { actor, meta, action: 'LIST_MANAGER_NOTICES', subjectType: 'ManagerNotice', detail: { count: rows.length } });
  return rows;
}
