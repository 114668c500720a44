import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditLog, rateLimitCounters, users, type UserRow } from '@/db/schema';
import { POST as routePost } from '@/app/api/graphql/route';
import { ANONYMOUS_TOO_LONG_MESSAGE, EMPTY_BODY_MESSAGE, MALFORMED_JSON_MESSAGE } from '@/graphql/http-gate';
import { createGraphQLRoute } from '@/graphql/http-handler';
import { authorizeCredentials } from '@/lib/auth/authorize-credentials';
import { hashPassword } from '@/lib/auth/password';
import { refuseSignInOverLimit } from '@/lib/auth/sign-in-rate-limit';
import { SIGN_IN_LOCKED_ERROR } from '@/lib/domain/sign-in-lockout';
import { consumeRateLimit } from '@/lib/services/core/rate-limit';
import type { ProxyTrust } from '@/lib/http/proxy-trust';
import type { RateLimitSettings } from '@/lib/http/rate-limit-settings';
import { openTestDatabase } from '../fixtures/test-api';
import { makeUser, makeWorld } from '../fixtures/world';

// Issue 16, items 4 and 5: the caller's address comes from trusted proxy hops only, and the
// HTTP edge refuses cheaply (malformed JSON, long anonymous documents, rate limits).

const ONE_PROXY: ProxyTrust = { hops: 1, addresses: [] };
const NO_PROXY: ProxyTrust = { hops: 0, addresses: [] };
const GENEROUS: RateLimitSettings = {
  windowMs: 60_000,
  graphqlPerAddress: 0,
  graphqlPerAccount: 0,
  signInPerAddress: 0,
  signInPerAccount: 0,
};
const PASSWORD = 'correct horse battery staple';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

let sequence = 0;
/** An address of its own per call (TEST-NET-2), so tests never share counters or lockouts. */
function freshAddress(): string {
  sequence += 1;
  return `198.51.${Math.floor(Math.random() * 250)}.${sequence % 250}`;
}

async function agentWithPassword(): Promise<UserRow> {
  const user = await makeUser(handle.db, 'AGENT');
  await handle.db
    .update(users)
    .set({ passwordHash: await hashPassword(PASSWORD) })
    .where(eq(users.id, user.id));
  return user;
}

function route(viewer: UserRow | null, options: { limits?: RateLimitSettings; trust?: ProxyTrust } = {}) {
  return createGraphQLRoute({
    database: async () => ({ db: handle.db }),
    viewer: async () => viewer,
    rateLimits: () => options.limits ?? GENEROUS,
    proxyTrust: options.trust ?? ONE_PROXY,
  });
}

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers },
    body,
  });
}

const TYPENAME = JSON.stringify({ query: '{ __typename }' });

describe('the client address: a forged X-Forwarded-For is not believed', () => {
  it('20 failures with forged addresses, then the right password with another forged one: still locked (one proxy in front)', async () => {
    const user = await agentWithPassword();
    const proxySaw = freshAddress();
    for (let i = 0; i < 20; i += 1) {
      const headers = { 'x-forwarded-for': `203.0.113.${i + 1}, ${proxySaw}` };
      expect(
        await authorizeCredentials(handle.db, { email: `guess-${i}-${proxySaw}@test.local`, password: 'wrong' }, headers, ONE_PROXY),
      ).toBeNull();
    }
    const forged = { 'x-forwarded-for': `203.0.113.72, ${proxySaw}` };
    await expect(authorizeCredentials(handle.db, { email: user.email, password: PASSWORD }, forged, ONE_PROXY)).rejects.toThrow(
      SIGN_IN_LOCKED_ERROR,
    );
    // The same account from another real address signs in: the lock is the address's.
    const elsewhere = { 'x-forwarded-for': `203.0.113.72, ${freshAddress()}` };
    expect(await authorizeCredentials(handle.db, { email: user.email, password: PASSWORD }, elsewhere, ONE_PROXY)).toMatchObject({
      id: user.id,
    });
  });

  it('without a trusted proxy no address is known, so 20 failures lock no one else out (only the accounts they hit)', async () => {
    // `next start` alone fills X-Forwarded-For with the socket's address: every local caller is
    // the same loopback address, and any caller may write the header itself.
    const user = await agentWithPassword();
    const loopback = { 'x-forwarded-for': '127.0.0.1' };
    for (let i = 0; i < 20; i += 1) {
      await authorizeCredentials(handle.db, { email: `guess-${i}-${freshAddress()}@test.local`, password: 'wrong' }, loopback, NO_PROXY);
    }
    expect(await authorizeCredentials(handle.db, { email: user.email, password: PASSWORD }, loopback, NO_PROXY)).toMatchObject({
      id: user.id,
    });
  });

  it('the access log records the address the proxy saw, not the forged one', async () => {
    const world = await makeWorld(handle.db);
    const proxySaw = freshAddress();
    const search = JSON.stringify({ query: 'query ($l: String) { searchPasses(phoneLast4: $l) { id } }', variables: { l: world.last4 } });
    const response = await route(world.agent).POST(post(search, { 'x-forwarded-for': `203.0.113.72, ${proxySaw}` }));
    expect(response.status).toBe(200);
    const [entry] = await handle.db
      .select({ clientAddress: auditLog.clientAddress })
      .from(auditLog)
      .where(and(eq(auditLog.actorId, world.agent.id), eq(auditLog.action, 'SEARCH_PASSES')))
      .orderBy(desc(auditLog.id));
    expect(entry).toEqual({ clientAddress: proxySaw });
  });

  it('without a trusted proxy the access log records no address rather than a forged one', async () => {
    const world = await makeWorld(handle.db);
    const search = JSON.stringify({ query: 'query ($l: String) { searchPasses(phoneLast4: $l) { id } }', variables: { l: world.last4 } });
    expect((await route(world.agent, { trust: NO_PROXY }).POST(post(search, { 'x-forwarded-for': '203.0.113.72' }))).status).toBe(200);
    const rows = await handle.db
      .select({ clientAddress: auditLog.clientAddress })
      .from(auditLog)
      .where(eq(auditLog.actorId, world.agent.id));
    expect(rows.filter((r) => r.clientAddress === '203.0.113.72')).toEqual([]);
    expect(rows.at(-1)).toEqual({ clientAddress: null });
  });
});

describe('/api/graphql: malformed or empty JSON is a 400 with a Korean message, never a 500', () => {
  it.each([
    ['a cut-off object', '{"query":', MALFORMED_JSON_MESSAGE],
    ['a bare word', 'x', MALFORMED_JSON_MESSAGE],
    ['an empty body', '', EMPTY_BODY_MESSAGE],
    ['only spaces', '   ', EMPTY_BODY_MESSAGE],
  ])('%s', async (_name, body, message) => {
    const response = await routePost(post(body) as never);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
    expect(message).toMatch(/[가-힣]/);
  });
});

describe('/api/graphql: an anonymous caller gets a small document', () => {
  // 1.9k tokens, inside the signed-in limit (2,000): the document the hostile test timed.
  const LONG = `{ ${Array.from({ length: 950 }, (_, i) => `a${i}: __typename`).join(' ')} }`;

  it('a 1.9k-token anonymous document is refused before it is parsed or validated', async () => {
    const api = route(null);
    const response = await api.POST(post(JSON.stringify({ query: LONG })));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: ANONYMOUS_TOO_LONG_MESSAGE, extensions: { code: 'BAD_REQUEST' } }] });
    // Warm now: the refusal lexes 101 tokens (the hostile test measured ~320 ms to refuse).
    const times = [];
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      await api.POST(post(JSON.stringify({ query: LONG })));
      times.push(performance.now() - started);
    }
    expect(times.sort((a, b) => a - b)[2]).toBeLessThan(20);
  });

  it('a short anonymous document goes on (and is refused by the policy where it must be)', async () => {
    const response = await route(null).POST(post(TYPENAME));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('a signed-in caller keeps the full limit', async () => {
    const agent = await makeUser(handle.db, 'AGENT');
    const response = await route(agent).POST(post(JSON.stringify({ query: LONG })));
    expect(await response.text()).not.toContain(ANONYMOUS_TOO_LONG_MESSAGE);
  });
});

describe('rate limits: counted in the database, 429 with Retry-After', () => {
  const LOW: RateLimitSettings = { windowMs: 60_000, graphqlPerAddress: 3, graphqlPerAccount: 2, signInPerAddress: 3, signInPerAccount: 2 };

  it('a fixed window: the count starts again in the next window, and Retry-After is the rest of this one', async () => {
    const key = `test:${freshAddress()}`;
    const t0 = new Date('2026-04-01T09:00:00.000Z');
    const later = (ms: number) => new Date(t0.getTime() + ms);
    expect(await consumeRateLimit(handle.db, [{ key, limit: 2 }], 60_000, t0)).toEqual({ allowed: true });
    expect(await consumeRateLimit(handle.db, [{ key, limit: 2 }], 60_000, later(10_000))).toEqual({ allowed: true });
    expect(await consumeRateLimit(handle.db, [{ key, limit: 2 }], 60_000, later(15_500))).toEqual({
      allowed: false,
      retryAfterSeconds: 45,
      key,
    });
    expect(await consumeRateLimit(handle.db, [{ key, limit: 2 }], 60_000, later(60_000))).toEqual({ allowed: true });
    // Now and then a request also deletes counters of windows long past.
    const old = `test:${freshAddress()}`;
    await consumeRateLimit(handle.db, [{ key: old, limit: 5 }], 60_000, t0);
    await consumeRateLimit(handle.db, [{ key: `test:${freshAddress()}`, limit: 5 }], 60_000, later(180_000), () => 0);
    expect(await handle.db.select().from(rateLimitCounters).where(eq(rateLimitCounters.key, old))).toEqual([]);
    // A limit of 0 is no limit, and writes nothing.
    expect(await consumeRateLimit(handle.db, [{ key: `${key}:off`, limit: 0 }], 60_000, t0)).toEqual({ allowed: true });
  });

  it('per address on /api/graphql, across two app instances sharing the database', async () => {
    const headers = { 'x-forwarded-for': freshAddress() };
    const [first, second] = [route(null, { limits: LOW }), route(null, { limits: LOW })];
    const statuses = [];
    for (const instance of [first, second, first]) statuses.push((await instance.POST(post(TYPENAME, headers))).status);
    const refused = await second.POST(post(TYPENAME, headers));
    expect(statuses).toEqual([200, 200, 200]);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: retryAfter } }] });
    // Another address is not held up.
    expect((await first.POST(post(TYPENAME, { 'x-forwarded-for': freshAddress() }))).status).toBe(200);
  });

  it('per account on /api/graphql, whatever address the account comes from', async () => {
    const agent = await makeUser(handle.db, 'AGENT');
    const api = route(agent, { limits: LOW });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await api.POST(post(TYPENAME, { 'x-forwarded-for': freshAddress() }))).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('the GET of /api/graphql counts too', async () => {
    const headers = { 'x-forwarded-for': freshAddress(), 'apollo-require-preflight': 'true' };
    const api = route(null, { limits: LOW });
    const statuses = [];
    for (let i = 0; i < 4; i += 1)
      statuses.push((await api.GET(new Request('http://localhost/api/graphql?query=%7B__typename%7D', { headers }))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  function signInRequest(email: string, address: string): Request {
    const body = new URLSearchParams({ email, password: 'whatever', csrfToken: 'x', json: 'true' });
    return new Request('http://localhost/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
      body,
    });
  }

  it('per account on sign-in: the third attempt in a window gets 429, Retry-After and the form’s error code', async () => {
    const email = `someone-${freshAddress()}@test.local`;
    const verdicts = [];
    for (let i = 0; i < 3; i += 1)
      verdicts.push(
        await refuseSignInOverLimit(handle.db, signInRequest(email.toUpperCase(), freshAddress()), { limits: LOW, trust: ONE_PROXY }),
      );
    expect(verdicts.slice(0, 2)).toEqual([null, null]);
    const refused = verdicts[2]!;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await refused.json()) as { url: string };
    expect(new URL(body.url).searchParams.get('error')).toBe('RATE_LIMITED');
  });

  it('per address on sign-in, whatever email is tried', async () => {
    const address = freshAddress();
    const verdicts = [];
    for (let i = 0; i < 4; i += 1)
      verdicts.push(
        (await refuseSignInOverLimit(handle.db, signInRequest(`x${i}-${address}@test.local`, address), { limits: LOW, trust: ONE_PROXY }))
          ?.status ?? 200,
      );
    expect(verdicts).toEqual([200, 200, 200, 429]);
  });

  it('other next-auth requests are not counted', async () => {
    const request = new Request('http://localhost/api/auth/session', { headers: { 'x-forwarded-for': freshAddress() } });
    for (let i = 0; i < 5; i += 1) expect(await refuseSignInOverLimit(handle.db, request, { limits: LOW, trust: ONE_PROXY })).toBeNull();
  });
});
