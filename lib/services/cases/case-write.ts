import { eq, sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { caseEvents, cases, parkingLots, type CaseRow } from '@/db/schema';
import type { CaseEventType } from '@/lib/domain/case-events';
import type { GuideStepKey } from '@/lib/domain/guide-script';
import { isScoped, lotInScope } from '@/lib/policy/scope';
import type { Actor } from '../core/actor';
import { renderReason, type Reason } from '@/lib/i18n/reasons';
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
  if (!row || !(await mayWriteCase(tx, actor, row))) throw new ServiceError('NOT_FOUND', 'caseNotFound', 'caseId');
  if (options.expectedVersion != null && options.expectedVersion !== row.version) {
    throw new ServiceError('CONFLICT', 'caseChangedMeanwhile');
  }
  if (row.status === 'RESOLVED' && !options.allowResolved) throw new ServiceError('CONFLICT', 'caseAlreadyResolved');
  if ((options.requireVerified ?? true) && !row.identityVerified) {
    throw new ServiceError('POLICY_DENIED', 'identityNotVerified');
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
    // People's own words go in `detail`; our own sentences as a `reason` (code and parameters).
    detail?: string | null;
    reason?: Reason;
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
    ...eventDetail(event),
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

/** The columns of a timeline entry's detail: a person's text as is, or our sentence in Korean with its code. */
export function eventDetail(event: { detail?: string | null; reason?: Reason }) {
  if (!event.reason) return { detail: event.detail ?? null };
  return { detail: renderReason(event.reason), detailCode: event.reason.code, detailParams: event.reason.params ?? {} };
}
