import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { cases, exitRequests, parkingLots, registrationRequests, type UserRow } from '@/db/schema';
import { casesInScope, lotInScope, lotsInScope, requestsInScope } from '@/lib/policy/scope';
import { makeRequestsAtTwoLots, type TwoLots } from '../fixtures/requests-at-two-lots';
import { createTestApi, openTestDatabase } from '../fixtures/test-api';

// lib/policy/scope.ts writes operator scope twice, as SQL for the services' queries and as a
// predicate for rows already loaded: both must pick the same rows, for every kind of caller.

let handle: DatabaseHandle;
let world: TwoLots;

beforeAll(async () => {
  handle = await openTestDatabase();
  world = await makeRequestsAtTwoLots(createTestApi(handle), handle.db);
});
afterAll(() => handle.close());

const VIEWERS = ['agent', 'manager', 'operatorUserA', 'operatorUserB'] as const;
const viewerOf = (name: (typeof VIEWERS)[number]): UserRow => world.w[name];
const sorted = (ids: string[]) => [...ids].sort();

/** This world's rows with their lot's operator: what the predicate reads. */
async function rowsWithLots(table: typeof cases | typeof exitRequests | typeof registrationRequests, where?: SQL) {
  const lotIds = [world.w.lotA.id, world.w.lotB.id];
  return handle.db
    .select({ id: table.id, operatorId: parkingLots.operatorId })
    .from(table)
    .innerJoin(parkingLots, eq(parkingLots.id, table.lotId))
    .where(and(inArray(table.lotId, lotIds), where));
}

describe('operator scope: the SQL filter and the predicate agree', () => {
  it.each(VIEWERS)('lots, as %s', async (name) => {
    const viewer = viewerOf(name);
    const lotIds = [world.w.lotA.id, world.w.lotB.id];
    const all = await handle.db.select().from(parkingLots).where(inArray(parkingLots.id, lotIds));
    const bySql = await handle.db
      .select({ id: parkingLots.id })
      .from(parkingLots)
      .where(and(inArray(parkingLots.id, lotIds), lotsInScope(viewer)));
    const byPredicate = all.filter((lot) => lotInScope(viewer, lot)).map((lot) => lot.id);
    expect(sorted(bySql.map((row) => row.id))).toEqual(sorted(byPredicate));
    expect(byPredicate.length).toBe(name.startsWith('operator') ? 1 : 2);
  });

  it.each(VIEWERS)('cases, as %s', async (name) => {
    const viewer = viewerOf(name);
    const bySql = await rowsWithLots(cases, casesInScope(viewer));
    const byPredicate = (await rowsWithLots(cases)).filter((row) => lotInScope(viewer, row));
    expect(sorted(bySql.map((row) => row.id))).toEqual(sorted(byPredicate.map((row) => row.id)));
    expect(byPredicate.length).toBe(name.startsWith('operator') ? 1 : 2);
  });

  it.each(
    VIEWERS.flatMap(
      (name) =>
        [
          [name, 'exit'],
          [name, 'registration'],
        ] as const,
    ),
  )('as %s, %s requests', async (name, kind) => {
    const viewer = viewerOf(name);
    const table = kind === 'exit' ? exitRequests : registrationRequests;
    const bySql = await rowsWithLots(table, requestsInScope(table, viewer));
    const byPredicate = (await rowsWithLots(table)).filter((row) => lotInScope(viewer, row));
    expect(sorted(bySql.map((row) => row.id))).toEqual(sorted(byPredicate.map((row) => row.id)));
    expect(byPredicate.length).toBe(name.startsWith('operator') ? 1 : 2);
  });

  it("an operator's own lot is the one its scope keeps", async () => {
    const ownLot = and(eq(parkingLots.id, world.w.lotA.id), lotsInScope(world.w.operatorUserA));
    const [own] = await handle.db.select().from(parkingLots).where(ownLot);
    expect(own?.id).toBe(world.w.lotA.id);
  });
});
