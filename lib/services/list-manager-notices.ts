import { desc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { managerNotices, type ManagerNoticeRow } from '@/db/schema';

/** The newest notices for managers (escalated requests and the like). */
export function listManagerNotices(db: Executor, first: number): Promise<ManagerNoticeRow[]> {
  return db.select().from(managerNotices).orderBy(desc(managerNotices.createdAt)).limit(first);
}
