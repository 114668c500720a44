import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { cases, exitRequests, parkingLots, registrationRequests, type ParkingLotRow } from '@/db/schema';
import type { Actor } from '@/lib/services/core/actor';
import { roleCan } from './roles';

/**
 * Operator scope (the OWN_OPERATOR rows of roles.ts), written once in two forms that must agree:
 * SQL conditions for the services' queries and predicates for rows already loaded (a resolver
 * following a link, a loader's batch). Operator staff reach only their own operator's lots and
 * what happens at them; desk staff reach everything. tests/integration/policy-scope.test.ts
 * checks that both forms pick the same rows.
 */

/** What a predicate needs of an object: the operator of the lot it belongs to. */
export type LotSubject = Pick<ParkingLotRow, 'operatorId'>;

/** Whether the scope narrows what this actor reaches at all (so callers may skip loading lots). */
export function isScoped(actor: Actor | null | undefined): boolean {
  return actor != null && !roleCan(actor.role, 'reachEveryLot');
}

/** Whether an object at this lot is within the actor's reach. */
export function lotInScope(actor: Actor | null | undefined, lot: LotSubject): boolean {
  return !isScoped(actor) || lot.operatorId === actor?.operatorId;
}

/** Whether an operator (company) is the actor's own, or the actor is not scoped. */
export function operatorInScope(actor: Actor | null | undefined, operatorId: string): boolean {
  return lotInScope(actor, { operatorId });
}

/** The lots within reach, as a condition on parking_lots; undefined when the actor reaches all. */
export function lotsInScope(actor: Actor): SQL | undefined {
  if (!isScoped(actor)) return undefined;
  return sql`${parkingLots.operatorId} IS NOT DISTINCT FROM ${actor.operatorId}`;
}

/** Rows whose lot column points at a lot within reach; undefined when the actor reaches all. */
export function lotColumnInScope(lotId: AnyPgColumn, actor: Actor): SQL | undefined {
  const lots = lotsInScope(actor);
  if (!lots) return undefined;
  return sql`${lotId} IN (SELECT ${parkingLots.id} FROM ${parkingLots} WHERE ${lots})`;
}

/** The cases within reach. */
export function casesInScope(actor: Actor): SQL | undefined {
  return lotColumnInScope(cases.lotId, actor);
}

/** The exit or registration requests within reach. */
export function requestsInScope(table: typeof exitRequests | typeof registrationRequests, actor: Actor): SQL | undefined {
  return lotColumnInScope(table.lotId, actor);
}
