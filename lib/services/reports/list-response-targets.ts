import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { operators, responseTargets, type OperatorRow } from '@/db/schema';
import { DEFAULT_RESPONSE_TARGETS, type ResponseTargets } from '@/lib/domain/response-targets';

/** An operator's targets in force: its own, or the defaults (isDefault). */
export interface OperatorResponseTargets extends ResponseTargets {
  operator: OperatorRow;
  isDefault: boolean;
}

/** Every operator with the response targets it is measured against, by operator name. */
export async function listResponseTargets(db: Executor): Promise<OperatorResponseTargets[]> {
  const rows = await db
    .select({ operator: operators, own: responseTargets })
    .from(operators)
    .leftJoin(responseTargets, eq(responseTargets.operatorId, operators.id))
    .orderBy(asc(operators.name));
  return rows.map(({ operator, own }) =>
    own
      ? { operator, exitAckMinutes: own.exitAckMinutes, registrationConfirmMinutes: own.registrationConfirmMinutes, isDefault: false }
      : { operator, ...DEFAULT_RESPONSE_TARGETS, isDefault: true },
  );
}
