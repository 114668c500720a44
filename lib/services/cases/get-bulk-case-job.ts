import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { bulkJobs, type BulkJobRow } from '@/db/schema';

/** A bulk job's progress, or null when there is no such job. */
export async function getBulkCaseJob(db: Executor, id: string): Promise<BulkJobRow | null> {
  const [job] = await db.select().from(bulkJobs).where(eq(bulkJobs.id, id));
  return job ?? null;
}
