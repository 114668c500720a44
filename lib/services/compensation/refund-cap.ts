import { eq } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { passes, type PassRow } from '@/db/schema';
import { ServiceError } from '../core/service-error';

// The name the trigger refunds_hold_on_pass (migration 0015) raises its refusal under.
const REFUND_CAP_CONSTRAINT = 'refunds_within_pass_price';
const CHECK_VIOLATION = '23514';

/** The refusal of a refund above what its pass can still take, with that amount in words. */
export function refundCapExceeded(refundable: number): ServiceError {
  return new ServiceError('POLICY_DENIED', { code: 'refundCap', params: { refundable } });
}

/** The refusal of a new refund on a pass whose refund was already approved. */
export function passAlreadyRefunded(): ServiceError {
  return new ServiceError('POLICY_DENIED', 'passAlreadyRefunded');
}

/**
 * The pass of a refund, locked as the trigger will lock it: the service's check and the
 * database's then see the same refunds held, and a concurrent refund of the pass waits.
 * FOR NO KEY UPDATE, like the trigger's UPDATE, so rows referencing the pass are not held up.
 */
export async function lockPassForRefund(tx: Transaction, passId: string): Promise<PassRow> {
  const [pass] = await tx.select().from(passes).where(eq(passes.id, passId)).for('no key update');
  if (!pass) throw new Error('refund without its pass');
  return pass;
}

/**
 * The database's refusal (the trigger) as the API's POLICY_DENIED, with the amount still
 * refundable it reports in DETAIL; undefined for any other error. The service checks first,
 * so this is met only by a writer that skipped the check.
 */
export function refundCapRefusal(error: unknown): ServiceError | undefined {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint, detail } = e as { code?: unknown; constraint?: unknown; detail?: unknown };
    if (code === CHECK_VIOLATION && constraint === REFUND_CAP_CONSTRAINT) {
      const refundable = Number(detail);
      return refundCapExceeded(Number.isSafeInteger(refundable) ? refundable : 0);
    }
  }
  return undefined;
}
