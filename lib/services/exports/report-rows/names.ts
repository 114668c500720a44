import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { operators, parkingLots } from '@/db/schema';

/** A lot's name and its operator's, as a report row shows them. */
export interface LotNames {
  name: string;
  operatorName: string | null;
}

/** The names of the given lots and their operators, in one query; reports return only ids. */
export async function lotNamesOf(db: Executor, lotIds: readonly string[]): Promise<Map<string, LotNames>> {
  if (lotIds.length === 0) return new Map();
  const rows = await db
    .select({ id: parkingLots.id, name: parkingLots.name, operatorName: operators.name })
    .from(parkingLots)
    .leftJoin(operators, eq(operators.id, parkingLots.operatorId))
    .where(inArray(parkingLots.id, [...new Set(lotIds)]));
  return new Map(rows.map(({ id, ...names }) => [id, names]));
}

/** The names of the given operators, in one query. */
export async function operatorNamesOf(db: Executor, operatorIds: readonly string[]): Promise<Map<string, string>> {
  if (operatorIds.length === 0) return new Map();
  const rows = await db
    .select({ id: operators.id, name: operators.name })
    .from(operators)
    .where(inArray(operators.id, [...new Set(operatorIds)]));
  return new Map(rows.map((row) => [row.id, row.name]));
}
