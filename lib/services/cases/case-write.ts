import { eq, sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { caseEvents, cases, parkingLots, type CaseRow } from '@/db/schema';
import type { CaseEventType } from '@/lib/domain/case-events';
import type { GuideStepKey } from '@/lib/domain/guide-script';
import { isScoped, lotInScope } from '@/lib/policy/scope';
import type { Actor } from '../core/actor';
import { ServiceError } from '../core/service-error';

export interface CaseWriteOptions {
  /** The version the client was showing; a different current version is a CONFLICT. */
  expectedVersion?: number | null;
  /** Most actions are refused until the caller's identity is verified. */
  requireVerified?: boolean;
  /** A few writes are the record's, not the call's (a note, a manager's reclassification): they reach closed cases too. */
  allowResolved?: boolean;
}

/**
 * Locks a case for a write in this transaction and checks that the actor may change it now:
 * NOT_FOUND when it is not there for them, CONFLICT when it moved on or is closed,
 * POLICY_DENIED before the caller's identity is verified.
 */
export async function lockCaseForWrite(tx: Transaction, actor: Actor, caseId: string, options: CaseWriteOptions = {}): Promise<CaseRow> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
  if (!row || !(await mayWriteCase(tx, actor, row))) throw new ServiceError('NOT_FOUND', '상담을 찾을 수 없습니다.', 'caseId');
  if (options.expectedVersion != null && options.expectedVersion !== row.version) {
    throw new ServiceError('CONFLICT', '다른 사용자가 이 상담을 먼저 변경했습니다. 화면을 새로 고친 뒤 다시 시도해 주세요.');
  }
  if (row.status === 'RESOLVED' && !options.allowResolved) throw new ServiceError('CONFLICT', '이미 종결된 상담입니다.');
  if ((options.requireVerified ?? true) && !row.identityVerified) {
    throw new ServiceError('POLICY_DENIED', '본인 확인 전에는 이 작업을 할 수 없습니다. 먼저 카카오 T 계정 가입자 본인인지 확인해 주세요.');
  }
  return row;
}

async function mayWriteCase(tx: Transaction, actor: Actor, row: CaseRow): Promise<boolean> {
  if (!isScoped(actor)) return true;
  const [lot] = await tx.select({ operatorId: parkingLots.operatorId }).from(parkingLots).where(eq(parkingLots.id, row.lotId));
  return lot !== undefined && lotInScope(actor, lot);
}

/**
 * Writes a timeline event in the caller's transaction. An agent's write moves the case to its
 * next version (what expectedVersion guards); the lot's and the system's steps (`byAgent:
 * false`) do not, so an operator acknowledging an exit never makes the agent's page stale.
 */
export async function recordCaseEvent(
  tx: Transaction,
  actor: Actor | null,
  row: Pick<CaseRow, 'id'>,
  event: {
    type: CaseEventType;
    scriptStep?: GuideStepKey | null;
    detail?: string | null;
    changes?: Partial<typeof cases.$inferInsert>;
    byAgent?: boolean;
  },
): Promise<CaseRow> {
  const byAgent = event.byAgent ?? true;
  await tx.insert(caseEvents).values({
    caseId: row.id,
    actorId: actor?.id ?? null,
    type: event.type,
    scriptStep: event.scriptStep ?? null,
    detail: event.detail ?? null,
  });
  const [updated] = await tx
    .update(cases)
    .set(
      byAgent
        ? { ...event.changes, version: sql`${cases.version} + 1`, updatedAt: sql`now()`, lastActorId: actor?.id ?? null }
        : { ...event.changes, updatedAt: sql`now()` },
    )
    .where(eq(cases.id, row.id))
    .returning();
  if (!updated) throw new Error('case vanished inside its own transaction');
  return updated;
}
