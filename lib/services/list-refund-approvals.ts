import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { refunds, type RefundRow } from '@/db/schema';

/** The refunds waiting for a manager, oldest proposal first. */
export function listRefundApprovals(db: Executor): Promise<RefundRow[]> {
  return db.select().from(refunds).where(eq(refunds.status, 'PROPOSED')).orderBy(asc(refunds.proposedAt), asc(refunds.id));
}
