import { eq } from 'drizzle-orm';
import { sqlStateOf, type Database } from '@/db/client';
import { policyVersions, type PolicyVersionRow } from '@/db/schema';
import { KST_OFFSET_MS, kstDateOf } from '@/lib/domain/kst-month';
import type { Actor, RequestMeta } from '../core/actor';
import { insertAudited } from '../audit/record-audit';
import { fieldError } from '../core/service-error';

export interface NewPolicyVersion {
  /** A KST calendar date "YYYY-MM-DD"; the version is in force from 00:00 KST that day. */
  effectiveFrom: string;
  couponAmount: number;
  repeatThreshold: number;
  couponsPerMonth: number;
  note?: string | null;
}

/** The instant a KST date begins: "2026-12-01" → 2026-11-30T15:00:00Z. */
export function kstStartOf(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - KST_OFFSET_MS);
}

/**
 * Adds a compensation policy version. The past is never edited: cases already judged keep
 * their policy, so a version may start today (KST) at the earliest, and one date has one version.
 */
export async function addPolicyVersion(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: NewPolicyVersion,
  now = new Date(),
): Promise<PolicyVersionRow> {
  const today = kstDateOf(now);
  if (input.effectiveFrom < today) {
    throw fieldError('BAD_USER_INPUT', 'input.effectiveFrom', 'policyInPast', { date: input.effectiveFrom, today });
  }
  const effectiveFrom = kstStartOf(input.effectiveFrom);
  try {
    return await db.transaction(async (tx) => {
      const [taken] = await tx
        .select({ id: policyVersions.id })
        .from(policyVersions)
        .where(eq(policyVersions.effectiveFrom, effectiveFrom));
      if (taken) throw fieldError('BAD_USER_INPUT', 'input.effectiveFrom', 'policyDateTaken');
      const { couponAmount, repeatThreshold, couponsPerMonth } = input;
      const audit = {
        actor,
        meta,
        action: 'ADD_POLICY_VERSION',
        subjectType: 'PolicyVersion',
        detail: { effectiveFrom: input.effectiveFrom },
      } as const;
      return insertAudited(
        tx,
        policyVersions,
        { effectiveFrom, couponAmount, repeatThreshold, couponsPerMonth, note: input.note ?? null, createdById: actor.id },
        audit,
      );
    });
  } catch (error) {
    // Two managers adding the same date at once: the unique index decides, same message.
    if (sqlStateOf(error) === '23505') throw fieldError('BAD_USER_INPUT', 'input.effectiveFrom', 'policyDateTaken');
    throw error;
  }
}
