import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { refunds, type RefundRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { recordRead } from '../audit/record-read';

/** The refunds waiting for a manager, oldest proposal first; they show passes, so the read is logged. */
export async function listRefundApprovals(db: Executor, actor: Actor, meta: RequestMeta): Promise<RefundRow[]> {
  const rows = await db.select().from(refunds).where(eq(refunds.status, 'PROPOSED')).orderBy(asc(refunds.proposedAt), asc(refunds.id));
  await recordRead(db, { actor, meta, action: 'LIST_REFUND_APPROVALS', subjectType: 'Refund', detail: { count: rows.length } });
  return rows;
}
