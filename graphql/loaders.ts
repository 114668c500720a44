import DataLoader from 'dataloader';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { DEFAULT_RESPONSE_TARGETS, type ResponseTargets } from '@/lib/domain/response-targets';
import { loadResponseTargets } from '@/lib/services/reports/load-response-targets';
import { anyOf } from './any-of';
import { createCaseLoaders } from './case-loaders';
import { createCasePartiesLoader } from './case-parties-loader';
import {
  cases,
  customers,
  operators,
  parkingLots,
  passes,
  users,
  type CaseRow,
  type CustomerRow,
  type OperatorRow,
  type ParkingLotRow,
  type PassRow,
  type UserRow,
} from '@/db/schema';

type Keyed = { id: string };

/**
 * A loader of rows by id: one query per batch, in the order of the keys. Ids come from
 * foreign keys, so a missing row is a broken invariant, not a user's mistake.
 */
function byId<T extends Keyed>(table: string, load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T>(async (ids) => {
    const rows = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? new Error(`${table} row missing for a foreign key`));
  });
}

/** A loader of all rows that share a foreign key, e.g. the lots of an operator. */
function groupedBy<T>(load: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>();
    for (const row of await load(keys)) {
      const key = keyOf(row);
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** The per-request DataLoaders that keep nested fields from becoming N+1 queries. */
export function createLoaders(db: Database) {
  const knownOperators = new Map<string, OperatorRow>();
  const loaders = {
    ...createCaseLoaders(db),
    responseTargets: new DataLoader<string, ResponseTargets>(async (operatorIds) => {
      const targets = await loadResponseTargets(db, operatorIds);
      return operatorIds.map((id) => targets.get(id) ?? DEFAULT_RESPONSE_TARGETS);
    }),
    caseById: byId<CaseRow>('cases', (ids) => db.select().from(cases).where(anyOf(cases.id, ids))),
    user: byId<UserRow>('users', (ids) => db.select().from(users).where(anyOf(users.id, ids))),
    operator: byId<OperatorRow>('operators', (ids) => db.select().from(operators).where(anyOf(operators.id, ids))),
    // A lot comes with its operator (one join, no second statement), kept where a resolver can
    // take it without waiting: a 2,000-lot report resolves 2,000 operators without a promise each.
    lot: byId<ParkingLotRow>('parkingLots', async (ids) => {
      const rows = await db
        .select({ lot: parkingLots, operator: operators })
        .from(parkingLots)
        .innerJoin(operators, eq(operators.id, parkingLots.operatorId))
        .where(anyOf(parkingLots.id, ids));
      for (const { operator } of rows) {
        knownOperators.set(operator.id, operator);
        loaders.operator.prime(operator.id, operator);
      }
      return rows.map((row) => row.lot);
    }),
    customer: byId<CustomerRow>('customers', (ids) => db.select().from(customers).where(anyOf(customers.id, ids))),
    pass: byId<PassRow>('passes', (ids) => db.select().from(passes).where(anyOf(passes.id, ids))),
    lotsByOperator: groupedBy<ParkingLotRow>(
      (ids) => db.select().from(parkingLots).where(anyOf(parkingLots.operatorId, ids)).orderBy(asc(parkingLots.name)),
      (row) => row.operatorId,
    ),
    passesByCustomer: groupedBy<PassRow>(
      (ids) => db.select().from(passes).where(anyOf(passes.customerId, ids)).orderBy(asc(passes.startsOn)),
      (row) => row.customerId,
    ),
  };
  return {
    ...loaders,
    caseParties: createCasePartiesLoader(db, loaders),
    /** A lot's operator: at once when the lot's own load brought it, else through the loader. */
    operatorOfLot: (lot: ParkingLotRow): OperatorRow | Promise<OperatorRow> =>
      knownOperators.get(lot.operatorId) ?? loaders.operator.load(lot.operatorId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
