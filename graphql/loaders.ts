import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { DEFAULT_RESPONSE_TARGETS, type ResponseTargets } from '@/lib/domain/response-targets';
import { loadResponseTargets } from '@/lib/services/load-response-targets';
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
  const loaders = {
    ...createCaseLoaders(db),
    responseTargets: new DataLoader<string, ResponseTargets>(async (operatorIds) => {
      const targets = await loadResponseTargets(db, operatorIds);
      return operatorIds.map((id) => targets.get(id) ?? DEFAULT_RESPONSE_TARGETS);
    }),
    caseById: byId<CaseRow>('cases', (ids) => db.select().from(cases).where(inArray(cases.id, [...ids]))),
    user: byId<UserRow>('users', (ids) => db.select().from(users).where(inArray(users.id, [...ids]))),
    operator: byId<OperatorRow>('operators', (ids) => db.select().from(operators).where(inArray(operators.id, [...ids]))),
    lot: byId<ParkingLotRow>('parkingLots', (ids) => db.select().from(parkingLots).where(inArray(parkingLots.id, [...ids]))),
    customer: byId<CustomerRow>('customers', (ids) => db.select().from(customers).where(inArray(customers.id, [...ids]))),
    pass: byId<PassRow>('passes', (ids) => db.select().from(passes).where(inArray(passes.id, [...ids]))),
    lotsByOperator: groupedBy<ParkingLotRow>(
      (ids) => db.select().from(parkingLots).where(inArray(parkingLots.operatorId, [...ids])).orderBy(asc(parkingLots.name)),
      (row) => row.operatorId,
    ),
    passesByCustomer: groupedBy<PassRow>(
      (ids) => db.select().from(passes).where(inArray(passes.customerId, [...ids])).orderBy(asc(passes.startsOn)),
      (row) => row.customerId,
    ),
  };
  return { ...loaders, caseParties: createCasePartiesLoader(db, loaders) };
}

export type Loaders = ReturnType<typeof createLoaders>;
