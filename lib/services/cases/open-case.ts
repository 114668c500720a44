import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Database } from '@/db/client';
import { cases, passes, type CaseRow } from '@/db/schema';
import { formatCaseCode } from '@/lib/domain/case-code';
import { kstDateOf, kstMonthOf } from '@/lib/domain/kst-month';
import type { Actor, RequestMeta } from '../core/actor';
import { recordCaseEvent } from './case-write';
import { idempotentTransaction } from '../core/idempotency';
import { linkAsDuplicateIn } from './link-duplicate';
import { recordAudit } from '../audit/record-audit';
import { fieldError } from '../core/service-error';

export interface OpenCaseInput {
  passId: string;
  kind: CaseRow['kind'];
  incidentAt: Date;
  note?: string | null;
  /** "같은 사고의 재문의": open the call as this earlier case's duplicate, in the same transaction. */
  duplicateOfId?: string | null;
}

/**
 * Logs a complaint as a case about one incident of one pass. The incident must fall within
 * the pass's period (KST dates, both ends included) and not lie in the future.
 */
export function openCase(db: Database, actor: Actor, meta: RequestMeta, input: OpenCaseInput, now = new Date()): Promise<CaseRow> {
  if (input.incidentAt.getTime() > now.getTime() + 60_000) {
    throw fieldError('BAD_USER_INPUT', 'input.incidentAt', 'incidentInFuture');
  }
  return idempotentTransaction(db, actor, meta, { operation: 'openCase', input, table: cases }, async (tx) => {
    const [pass] = await tx.select().from(passes).where(eq(passes.id, input.passId));
    if (!pass) throw fieldError('NOT_FOUND', 'input.passId', 'passNotFound');
    const incidentDate = kstDateOf(input.incidentAt);
    if (incidentDate < pass.startsOn || incidentDate > pass.endsOn) {
      throw fieldError('BAD_USER_INPUT', 'input.incidentAt', 'incidentOutsidePass', {
        date: incidentDate,
        from: pass.startsOn,
        to: pass.endsOn,
      });
    }
    const [next] = rowsOf<{ sequence: number }>(await tx.execute(sql`SELECT nextval('case_code_seq')::int AS sequence`));
    if (!next) throw new Error('nextval returned no row');
    const [row] = await tx
      .insert(cases)
      .values({
        code: formatCaseCode(now, next.sequence),
        customerId: pass.customerId,
        passId: pass.id,
        lotId: pass.lotId,
        agentId: actor.id,
        kind: input.kind,
        incidentAt: input.incidentAt,
        incidentMonth: kstMonthOf(input.incidentAt),
        note: input.note ?? null,
        lastActorId: actor.id,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    const opened = await recordCaseEvent(tx, actor, row, { type: 'CASE_OPENED', scriptStep: 'BASIC_CARE', detail: input.note ?? null });
    await recordAudit(tx, { actor, meta, action: 'OPEN_CASE', subjectType: 'Case', subjectId: row.id });
    if (!input.duplicateOfId) return opened;
    return linkAsDuplicateIn(tx, actor, meta, opened, input.duplicateOfId, 'input.duplicateOfId');
  });
}
