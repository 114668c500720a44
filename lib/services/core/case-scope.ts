import { sql, type SQL } from 'drizzle-orm';
import { cases, parkingLots } from '@/db/schema';
import type { Actor } from './actor';

/**
 * The cases an actor may see, as a SQL condition: operator staff only those at their own
 * operator's lots; desk staff all. Used by every query that reads cases.
 */
export function visibleCases(actor: Actor): SQL | undefined {
  if (actor.role !== 'OPERATOR') return undefined;
  return sql`${cases.lotId} IN (SELECT ${parkingLots.id} FROM ${parkingLots} WHERE ${parkingLots.operatorId} IS NOT DISTINCT FROM ${actor.operatorId})`;
}
