import { createServer, type Server, type Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { GET as health } from '@/app/api/health/route';
import { getDatabase, openDatabase, type DatabaseHandle } from '@/db/client';
import type { UserRow } from '@/db/schema';
import { createContext } from '@/graphql/context';
import { UNAVAILABLE_MESSAGE, unavailableInContext } from '@/graphql/errors';
import { createApolloServer } from '@/graphql/server';

// Nothing listens on port 1: every connection is refused at once, as while PostgreSQL restarts.
const REFUSED_URL = 'postgres://postgres@127.0.0.1:1/none';

const agent = {
  id: randomUUID(),
  name: '상담원',
  email: 'agent@test.local',
  passwordHash: 'x',
  role: 'AGENT',
  operatorId: null,
  active: true,
  createdAt: new Date(),
} as UserRow;

/** Runs an operation on the real Apollo server; returns the HTTP status with the result. */
async function run(db: DatabaseHandle, query: string, variables: Record<string, unknown> = {}) {
  const response = await createApolloServer().executeOperation(
    { query, variables },
    { contextValue: createContext(db.db, agent, '127.0.0.1') },
  );
  if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
  return { status: response.http.status, errors: response.body.singleResult.errors ?? [] };
}

const OPEN_CASE = `mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }`;
const openCaseInput = { input: { passId: randomUUID(), kind: 'OPERATOR_OMISSION', incidentAt: '2026-04-10T08:00:00+09:00' } };

describe('while the database cannot be reached, the API says so: 503 SERVICE_UNAVAILABLE', () => {
  let refused: DatabaseHandle;
  beforeAll(async () => {
    refused = await openDatabase({ url: REFUSED_URL });
  });
  afterAll(() => refused.close());

  it.each([
    ['a read', `{ cases { totalCount } }`, {}],
    ['a write (a transaction)', OPEN_CASE, openCaseInput],
  ])('%s: code SERVICE_UNAVAILABLE, the Korean message, HTTP 503, no internals', async (_what, query, variables) => {
    const { status, errors } = await run(refused, query, variables);
    expect(status).toBe(503);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ message: UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(JSON.stringify(errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|5432|stack|postgres/i);
  });

  describe('a server that accepts connections but never answers', () => {
    let silent: Server;
    let silentDb: DatabaseHandle;
    const sockets = new Set<Socket>();
    beforeAll(async () => {
      silent = createServer((socket) => void sockets.add(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const port = (silent.address() as { port: number }).port;
      silentDb = await openDatabase({ url: `postgres://postgres@127.0.0.1:${port}/none` });
    });
    afterAll(async () => {
      await silentDb.close().catch(() => undefined);
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    });

    it('fails within the 3 s connection timeout instead of hanging', async () => {
      const started = Date.now();
      const { status, errors } = await run(silentDb, OPEN_CASE, openCaseInput);
      const elapsed = Date.now() - started;
      expect(status).toBe(503);
      expect(errors[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(elapsed).toBeGreaterThanOrEqual(2_900);
      expect(elapsed).toBeLessThan(5_000);
    });
  });

  it('the route context: a viewer that could not be loaded becomes a 503 error, other failures stay as they are', () => {
    const refusedError = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const mapped = unavailableInContext(refusedError);
    expect(mapped).toBeInstanceOf(GraphQLError);
    expect((mapped as GraphQLError).message).toBe(UNAVAILABLE_MESSAGE);
    expect((mapped as GraphQLError).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', http: { status: 503 } });
    const bug = new TypeError('x is undefined');
    expect(unavailableInContext(bug)).toBe(bug);
  });
});

describe('/api/health: liveness and database readiness', () => {
  const saved = { url: process.env.DATABASE_URL, pglite: process.env.PGLITE_DIR };
  /** Points the app's database (getDatabase) somewhere else, as a fresh process would. */
  async function useDatabase(url: string | null) {
    await globalThis.__csPortalDb?.then((handle) => handle.close()).catch(() => undefined);
    globalThis.__csPortalDb = undefined;
    if (url) process.env.DATABASE_URL = url;
    else delete process.env.DATABASE_URL;
    process.env.PGLITE_DIR = 'memory://';
  }
  afterAll(async () => {
    await useDatabase(null);
    process.env.DATABASE_URL = saved.url;
    process.env.PGLITE_DIR = saved.pglite;
    if (saved.url === undefined) delete process.env.DATABASE_URL;
    if (saved.pglite === undefined) delete process.env.PGLITE_DIR;
  });

  const get = async (path: string) => {
    const response = await health(new Request(`http://localhost${path}`));
    return {
      status: response.status,
      body: (await response.json()) as Record<string, string>,
      cache: response.headers.get('cache-control'),
    };
  };

  it('database down: 503 { status: ok, database: unavailable }; ?live still 200', async () => {
    await useDatabase(REFUSED_URL);
    expect(await get('/api/health')).toEqual({ status: 503, body: { status: 'ok', database: 'unavailable' }, cache: 'no-store' });
    expect(await get('/api/health?live')).toEqual({ status: 200, body: { status: 'ok' }, cache: 'no-store' });
  });

  it('database up: 200 { status: ok, database: ok }', async () => {
    await useDatabase(inject('databaseUrl'));
    await getDatabase(); // opened and migrated, as after the app's first request
    expect(await get('/api/health')).toEqual({ status: 200, body: { status: 'ok', database: 'ok' }, cache: 'no-store' });
  });
});
