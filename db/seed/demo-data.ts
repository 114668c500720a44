import { sql } from 'drizzle-orm';
import { hashPassword } from '../../lib/auth/password';
import type { Database, Executor } from '../client';
import { users } from '../schema';
import { DEMO_PASSWORD } from './accounts';
import { buildCaseRecords } from './build-cases';
import { planCancellations } from './plan-cancellations';
import { planCases } from './plan-cases';
import { planPeople } from './plan-people';
import { createRandom } from './prng';
import { writePlan, type DemoPlan } from './write-plan';

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './accounts';

// Fixed, so that the same `now` always gives the same demo (the date of the policy, for luck).
const DEMO_SEED = 20_240_726;
// Two seeders started at once (two app instances) must not both see an empty database.
const SEED_LOCK_KEY = 7_204_312;

/** Plans the demo without touching a database: deterministic for a given `now` and hash. */
export function planDemo(now: Date, passwordHash: string): DemoPlan {
  const random = createRandom(DEMO_SEED);
  const people = planPeople(random, now, passwordHash);
  const specs = planCases(random, now, people);
  // Playing the cases out also settles their passes' registered flag and refunded status.
  const records = buildCaseRecords(random, now, people, specs);
  return { people, records, cancellations: planCancellations(records.onsitePayments, people.managerId, now) };
}

/** Fills an empty database (no users) with Korean demo data in one transaction; else writes nothing. */
export async function seedDemo(db: Database, now = new Date()): Promise<{ seeded: boolean }> {
  if (await hasUsers(db)) return { seeded: false };
  // Hashed once, outside the transaction: argon2 is slow on purpose; every demo login shares it.
  const plan = planDemo(now, await hashPassword(DEMO_PASSWORD));
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    if (await hasUsers(tx)) return { seeded: false };
    await writePlan(tx, plan);
    return { seeded: true };
  });
}

async function hasUsers(executor: Executor): Promise<boolean> {
  const rows = await executor.select({ id: users.id }).from(users).limit(1);
  return rows.length > 0;
}
