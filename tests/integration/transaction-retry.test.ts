import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openDatabase, rowsOf, sqlStateOf, type DatabaseHandle } from '@/db/client';
import { isDatabaseUnavailable } from '@/db/database-errors';
import { users } from '@/db/schema';
import { TRANSACTION_RETRIES } from '@/db/transaction-retry';
import { ServiceError } from '@/lib/services/core/service-error';
import { testServerUrl } from '../fixtures/database-url';
import { openTestDatabase } from '../fixtures/test-api';
import { makeWorld, type World } from '../fixtures/world';

let handle: DatabaseHandle;
let world: World;

beforeAll(async () => {
  handle = await openTestDatabase();
  world = await makeWorld(handle.db);
});
afterAll(() => handle.close());

/** The error a promise rejects with (the test fails if it resolves). */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

/** Resolves for everyone once `parties` callers have arrived. */
function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => (release = resolve));
  return () => {
    arrived += 1;
    if (arrived === parties) release();
    return all;
  };
}

const nameOf = async (id: string) => (await handle.db.select({ name: users.name }).from(users).where(eq(users.id, id)))[0]?.name ?? '';

describe('transactions that lose a race are run again, a bounded number of times', () => {
  it('a transaction that always fails with 40001 runs 1 + 3 times, then its error leaves', async () => {
    let attempts = 0;
    const error = await failureOf(
      handle.db.transaction(async (tx) => {
        attempts += 1;
        await tx.execute(sql`DO $$ BEGIN RAISE EXCEPTION 'probe' USING ERRCODE = 'serialization_failure'; END $$`);
      }),
    );
    expect(sqlStateOf(error)).toBe('40001');
    expect(attempts).toBe(1 + TRANSACTION_RETRIES);
  });

  it('a unique violation (23505) is not retried: one run', async () => {
    let attempts = 0;
    const error = await failureOf(
      handle.db.transaction(async (tx) => {
        attempts += 1;
        await tx.insert(users).values({ name: '중복', email: world.agent.email, passwordHash: 'x', role: 'AGENT' });
      }),
    );
    expect(sqlStateOf(error)).toBe('23505');
    expect(attempts).toBe(1);
  });

  it('a refusal of a service is not retried: one run', async () => {
    let attempts = 0;
    const error = await failureOf(
      handle.db.transaction(async () => {
        attempts += 1;
        throw new ServiceError('CONFLICT', '이미 처리되었습니다.');
      }),
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect(attempts).toBe(1);
  });

  it.runIf(testServerUrl())(
    'deadlock (40P01): two transactions locking two rows in opposite order both commit; the loser ran twice',
    async () => {
      const [a, b] = [world.agent.id, world.manager.id];
      const bothHoldTheirFirstRow = barrier(2);
      const attempts = { ab: 0, ba: 0 };
      const append = (tx: Parameters<Parameters<typeof handle.db.transaction>[0]>[0], id: string, mark: string) =>
        tx
          .update(users)
          .set({ name: sql`${users.name} || ${mark}` })
          .where(eq(users.id, id));
      const run = (mark: 'ab' | 'ba', first: string, second: string) =>
        handle.db.transaction(async (tx) => {
          attempts[mark] += 1;
          await append(tx, first, `<${mark}>`);
          // Only the first runs meet here; on its second run the loser finds the winner done.
          if (attempts[mark] === 1) await bothHoldTheirFirstRow();
          await append(tx, second, `<${mark}>`);
        });

      await Promise.all([run('ab', a, b), run('ba', b, a)]);

      expect(attempts.ab + attempts.ba).toBe(3);
      for (const id of [a, b]) {
        const name = await nameOf(id);
        expect(name.split('<ab>')).toHaveLength(2);
        expect(name.split('<ba>')).toHaveLength(2);
      }
    },
  );

  it.runIf(testServerUrl())(
    'serialization failure (40001): a REPEATABLE READ update of a row changed since its snapshot is retried and commits',
    async () => {
      const id = world.operatorUserA.id;
      let attempts = 0;
      await handle.db.transaction(
        async (tx) => {
          attempts += 1;
          await tx.select().from(users).where(eq(users.id, id)); // the snapshot is taken here
          if (attempts === 1) {
            // Someone else changes the row on another connection and commits.
            await handle.db.update(users).set({ name: '다른 사람' }).where(eq(users.id, id));
          }
          await tx
            .update(users)
            .set({ name: sql`${users.name} || '+재시도'` })
            .where(eq(users.id, id));
        },
        { isolationLevel: 'repeatable read' },
      );
      expect(attempts).toBe(2);
      expect(await nameOf(id)).toBe('다른 사람+재시도');
    },
  );
});

describe.runIf(testServerUrl())('the pool gets its client back on every path', () => {
  it('after a transaction whose BEGIN failed, a pool of one still serves the next', async () => {
    const one = await openDatabase({ url: inject('databaseUrl') ?? '', poolSize: 1 });
    try {
      const error = await failureOf(one.db.transaction(async () => undefined, { isolationLevel: 'no such level' as never }));
      expect(sqlStateOf(error)).toBe('42601');
      // drizzle's own pooled transaction kept that client: this would wait for the pool and time out.
      const rows = await one.db.transaction((tx) => tx.execute(sql`SELECT 1 AS one`));
      expect(rows).toBeTruthy();
    } finally {
      await one.close();
    }
  });

  it('a session killed mid-transaction: the error says unavailable, nothing is left uncaught, and the next transaction gets a new connection', async () => {
    const one = await openDatabase({ url: inject('databaseUrl') ?? '', poolSize: 1 });
    try {
      let killed = 0;
      const error = await failureOf(
        one.db.transaction(async (tx) => {
          const [own] = rowsOf<{ pid: number }>(await tx.execute(sql`SELECT pg_backend_pid() AS pid`));
          killed = own?.pid ?? 0;
          await handle.db.execute(sql`SELECT pg_terminate_backend(${killed})`);
          // The server's goodbye arrives while the client is ours and between queries: an
          // 'error' event nobody listened to would fail this run as an uncaught error.
          await new Promise((resolve) => setTimeout(resolve, 300));
          await tx.execute(sql`SELECT 1`);
        }),
      );
      expect(isDatabaseUnavailable(error)).toBe(true);
      const [next] = rowsOf<{ pid: number }>(await one.db.transaction((tx) => tx.execute(sql`SELECT pg_backend_pid() AS pid`)));
      expect(next?.pid).toBeGreaterThan(0);
      expect(next?.pid).not.toBe(killed);
    } finally {
      await one.close();
    }
  });
});
