import { afterAll, describe, expect, inject, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '@/db/client';
import { userSessions, type UserRow } from '@/db/schema';
import { handleEvents } from '@/app/api/events/handle-events';
import { changeFeedOf, type Watch } from '@/lib/services/live/change-feed';
import { watchChanges } from '@/lib/services/live/watch-changes';
import { openVerifiedCase } from '../fixtures/case-api';
import { createTestApi, dataOf, openTestDatabase, type TestApi } from '../fixtures/test-api';
import { graphql } from '../generated';
import { makeWorld, type World } from '../fixtures/world';

// Issue 18, acceptance 3 (the push path): a change made through one app instance reaches a
// stream served by another. Instance A writes through the real API; instance B is a second
// database handle with its own listener, as a second `next start` would have.

const databaseUrl = inject('databaseUrl');
const B_NAME = 'live-changes-instance-b';
const REQUEST_EXIT = graphql(`
  mutation LiveChangesRequestExit($id: ID!) {
    requestExit(caseId: $id) {
      id
    }
  }
`);
const ACKNOWLEDGE_EXIT = 'mutation ($id: ID!) { acknowledgeExit(id: $id) { id status } }';

/** A stream's subscriber that counts what it heard and lets a test wait for the next one. */
function listener() {
  let heard = 0;
  let ended = false;
  const waiting: { at: number; resolve: () => void }[] = [];
  const settle = () => waiting.filter((w) => heard >= w.at || ended).forEach((w) => w.resolve());
  return {
    changed: () => {
      heard += 1;
      settle();
    },
    ended: () => {
      ended = true;
      settle();
    },
    get heard() {
      return heard;
    },
    get isEnded() {
      return ended;
    },
    /** Resolves once `count` changes were heard in all (or the stream ended). */
    until: (count: number) => new Promise<void>((resolve) => (waiting.push({ at: count, resolve }), settle())),
  };
}

async function subscribe(handle: DatabaseHandle, actor: UserRow, watch: Watch) {
  const feed = await watchChanges(handle.db, actor, watch);
  if (!feed) throw new Error('instance does not hear the database');
  const heard = listener();
  feed.subscribe({ actor, watch, sessionId: null, ...heard });
  return heard;
}

async function askExit(api: TestApi, w: World) {
  const opened = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-09T09:00:00+09:00');
  const { requestExit } = await dataOf(api, REQUEST_EXIT, { id: opened.id }, w.agent);
  return { caseId: opened.id, requestId: requestExit.id };
}

/** Reads an event stream until `until` holds for what arrived, or it ends; returns all it read. */
async function readStream(response: Response, until: (text: string) => boolean): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!until(text)) {
    const { done, value } = await reader.read();
    if (done) return text + '<end>';
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return text;
}

describe.skipIf(!databaseUrl)('push across two app instances on one PostgreSQL database', async () => {
  const a = await openTestDatabase();
  // B's connections carry a name of their own, so the test can cut B's listener and no other
  // (other test files share the run's database and listen on it too).
  const bUrl = new URL(databaseUrl!);
  bUrl.searchParams.set('application_name', B_NAME);
  const b = await openDatabase({ url: bUrl.toString(), poolSize: 2 });
  const apiA = createTestApi(a);
  const apiB = createTestApi(b);
  afterAll(async () => {
    await changeFeedOf(b.db).close();
    await changeFeedOf(a.db).close();
    await Promise.all([a.close(), b.close()]);
  });

  it('an exit request made on A reaches the lot operator listening on B, and not another operator', async () => {
    const w = await makeWorld(a.db);
    const fence = await makeWorld(a.db);
    const own = await subscribe(b, w.operatorUserA, { kind: 'lots' });
    const other = await subscribe(b, w.operatorUserB, { kind: 'lots' });
    const last = await subscribe(b, fence.operatorUserA, { kind: 'lots' });
    await askExit(apiA, w);
    // Notices arrive in commit order on B's one listening connection: once the later request
    // at the fence's lot is heard, everything about w's lot has been delivered too.
    await askExit(apiA, fence);
    await last.until(1);
    expect(own.heard).toBeGreaterThanOrEqual(1);
    expect(other.heard).toBe(0);
  });

  it("the lot's acknowledgement on B reaches the agent's case page listening on A", async () => {
    const w = await makeWorld(a.db);
    const { caseId, requestId } = await askExit(apiA, w);
    const page = await subscribe(a, w.agent, { kind: 'case', caseId });
    const result = await apiB.run(ACKNOWLEDGE_EXIT, { id: requestId }, w.operatorUserA);
    expect(result.errors).toBeUndefined();
    await page.until(1);
    expect(page.heard).toBeGreaterThanOrEqual(1);
  });

  it('the events route on B streams `changed` for a request made on A', async () => {
    const w = await makeWorld(a.db);
    const aborter = new AbortController();
    const response = await handleEvents(new Request('http://localhost/api/events', { signal: aborter.signal }), {
      db: b.db,
      viewer: w.operatorUserA,
      sessionId: null,
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reading = readStream(response, (text) => text.includes('event: changed'));
    await askExit(apiA, w);
    expect(await reading).toContain('event: changed\ndata: 1');
    aborter.abort();
  });

  it('a stream ends when its session is signed out', async () => {
    const w = await makeWorld(a.db);
    const [session] = await a.db.insert(userSessions).values({ userId: w.operatorUserA.id }).returning();
    const response = await handleEvents(new Request('http://localhost/api/events'), {
      db: b.db,
      viewer: w.operatorUserA,
      sessionId: session!.id,
    });
    const reading = readStream(response, () => false);
    await a.db.update(userSessions).set({ endedAt: new Date() }).where(eq(userSessions.id, session!.id));
    expect(await reading).toMatch(/<end>$/);
  });

  it('when the listening connection drops, open streams end and the instance listens again', async () => {
    const w = await makeWorld(a.db);
    const before = await subscribe(b, w.operatorUserA, { kind: 'lots' });
    // B's listening connection is the one of its connections whose last statement was LISTEN.
    await a.db.execute(
      sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ${B_NAME} AND query LIKE 'LISTEN %'`,
    );
    await before.until(Number.MAX_SAFE_INTEGER);
    expect(before.isEnded).toBe(true);
    // A new stream waits until B listens again.
    let after: Awaited<ReturnType<typeof subscribe>> | undefined;
    while (!after) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      after = await subscribe(b, w.operatorUserA, { kind: 'lots' }).catch(() => undefined);
    }
    await askExit(apiA, w);
    await after.until(1);
    expect(after.heard).toBeGreaterThanOrEqual(1);
  });

  it('who may watch what: an operator no case page, nobody a case that is not there', async () => {
    const w = await makeWorld(a.db);
    const { caseId } = await askExit(apiA, w);
    await expect(watchChanges(b.db, null, { kind: 'lots' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(watchChanges(b.db, w.operatorUserA, { kind: 'case', caseId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const missing = '00000000-0000-4000-8000-000000000000';
    await expect(watchChanges(b.db, w.agent, { kind: 'case', caseId: missing })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const refused = await handleEvents(new Request('http://localhost/api/events?case=nope'), {
      db: b.db,
      viewer: w.agent,
      sessionId: null,
    });
    expect(refused.status).toBe(400);
  });
});

describe('push on the demo database (PGlite)', async () => {
  const demo = await openDatabase({ pgliteDir: 'memory://' });
  await migrateDatabase(demo);
  const api = createTestApi(demo);
  afterAll(async () => {
    await changeFeedOf(demo.db).close();
    await demo.close();
  });

  it("an exit request reaches the lot operator's stream through PGlite's own listen", async () => {
    const w = await makeWorld(demo.db);
    const own = await subscribe(demo, w.operatorUserA, { kind: 'lots' });
    await askExit(api, w);
    await own.until(1);
    expect(own.heard).toBeGreaterThanOrEqual(1);
  });
});
