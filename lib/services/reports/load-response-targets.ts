import { inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { responseTargets } from '@/db/schema';
import { DEFAULT_RESPONSE_TARGETS, type ResponseTargets } from '@/lib/domain/response-targets';

/** The targets of each operator asked for: its own row, or the defaults. */
export async function loadResponseTargets(db: Executor, operatorIds: readonly string[]): Promise<Map<string, ResponseTargets>> {
  const rows = operatorIds.length
    ? await db
        .select()
        .from(responseTargets)
        .where(inArray(responseTargets.operatorId, [...operatorIds]))
    : [];
  const own = new Map(rows.map((row) => [row.operatorId, row]));
  return new Map(
    operatorIds.map((id) => {
      const row = own.get(id);
      return [
        id,
        row ? { exitAckMinutes: row.exitAckMinutes, registrationConfirmMinutes: row.registrationConfirmMinutes } : DEFAULT_RESPONSE_TARGETS,
      ];
    }),
  );
}
