import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { cases } from '@/db/schema';
import type { Actor } from '../core/actor';
import { casesInScope } from '@/lib/policy/scope';

/** When a case last changed, and the server's clock now. */
export interface CaseActivity {
  caseId: string;
  changedAt: Date;
  serverTime: Date;
}

/**
 * When the case last changed, for a page that polls about once a second while the lot is
 * acting: every write to a case, the lot's and the jobs' steps included, moves cases.updated_at
 * (recordCaseEvent), so a different value means "fetch the case again". One indexed SELECT by
 * primary key; no access-log entry, since it reads no personal data (the case's own read,
 * which the page then makes, is logged as always). Null when the case is not there for the actor.
 */
export async function getCaseActivity(db: Executor, actor: Actor, id: string, now = new Date()): Promise<CaseActivity | null> {
  const [row] = await db
    .select({ caseId: cases.id, changedAt: cases.updatedAt })
    .from(cases)
    .where(and(eq(cases.id, id), casesInScope(actor)));
  return row ? { ...row, serverTime: now } : null;
}
