import { eq } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { cases, type CaseRow } from '@/db/schema';
import type { CaseEventType } from '@/lib/domain/case-events';
import type { Actor } from '../core/actor';
import { recordCaseEvent } from '../cases/case-write';
import { hasOpenRequests } from '../core/request-scope';
import type { Reason } from '@/lib/i18n/reasons';

/**
 * Writes an operator's step on the case's timeline and, once nothing is left waiting on the
 * lot, hands the case back to the agent (OPEN). A resolved case keeps its status.
 */
export async function recordOperatorStep(
  tx: Transaction,
  actor: Actor | null,
  caseId: string,
  event: { type: CaseEventType; reason: Reason },
): Promise<CaseRow> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
  if (!row) throw new Error('request without its case');
  const waiting = await hasOpenRequests(tx, caseId);
  const status = row.status === 'RESOLVED' ? 'RESOLVED' : waiting ? 'WAITING_ON_OPERATOR' : 'OPEN';
  return recordCaseEvent(tx, actor, row, {
    type: event.type,
    scriptStep: 'EXIT_CHECK',
    reason: event.reason,
    changes: { status },
    byAgent: false,
  });
}
