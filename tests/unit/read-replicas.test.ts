import type { Pool } from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { isReadOnlyStatement, replicaRouter, RETRY_AFTER_MS } from '@/db/read-replicas';

// Which statements the reader may send to a replica. A wrong "yes" costs a round trip (the
// standby refuses the write, the router sends it on to the primary); a wrong "no" a read on
// the primary. Neither loses data; these pin the common cases.
describe('reads from replicas: which statements a replica answers', () => {
  it.each([
    ['select "id", "code" from "cases" where "cases"."lot_id" = $1 order by "created_at" desc limit $2'],
    ['  SELECT count(*) FROM cases WHERE incident_month = $1'],
    ['WITH counted AS (SELECT lot_id, count(*) AS n FROM cases GROUP BY lot_id) SELECT * FROM counted'],
    ['select "updated_at", "deleted_by" from "cases"'],
    ['SELECT count(*) FILTER (WHERE kind = $1) / count(*) AS share, 1 AS exit_share FROM exit_requests'],
  ])('a plain read goes to a replica: %s', (text) => {
    expect(isReadOnlyStatement(text)).toBe(true);
  });

  it.each([
    ['insert into "audit_log" ("actor_id") values ($1)'],
    ['INSERT INTO audit_log (actor_id) SELECT $1::uuid WHERE NOT EXISTS (SELECT 1 FROM audit_log)'],
    ['update "cases" set "status" = $1'],
    ['WITH gone AS (DELETE FROM rate_limits RETURNING key) SELECT count(*) FROM gone'],
    ['select * from "exit_requests" where "id" = $1 for update'],
    ['select * from "cases" where "id" = $1 for no key update'],
    ['select * from "cases" where "id" = $1 for key share'],
    ["select nextval('case_code_seq')"],
    ['SELECT pg_advisory_xact_lock($1)'],
    ["select set_config('app.actor', $1, true)"],
    ['begin'],
    ['SET LOCAL statement_timeout = 1000'],
  ])('anything else goes to the primary: %s', (text) => {
    expect(isReadOnlyStatement(text)).toBe(false);
  });
});

/** A stand-in pool that answers with its name, or fails with the error it is given. */
function pool(name: string) {
  const state = { failure: null as Error | null, asked: 0 };
  const query = async () => {
    state.asked += 1;
    if (state.failure) throw state.failure;
    return { rows: [{ from: name }] };
  };
  return { state, pool: { query } as unknown as Pool };
}

const READ = { text: 'select 1' };
const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' });

// The router's own decisions, on stand-in pools; tests/integration/read-replicas.test.ts runs it
// against a real primary and streaming replica.
describe('reads from replicas: the router', () => {
  it('reads go to the replicas in turn, anything else to the primary', async () => {
    const primary = pool('primary');
    const [one, two] = [pool('one'), pool('two')];
    const router = replicaRouter(primary.pool, [
      { pool: one.pool, label: 'one' },
      { pool: two.pool, label: 'two' },
    ]);
    const answers = [];
    for (const text of ['select 1', 'select 2', 'insert into t values (1)', 'select 3'])
      answers.push((await router.query({ text })).rows[0]);
    expect(answers).toEqual([{ from: 'one' }, { from: 'two' }, { from: 'primary' }, { from: 'one' }]);
  });

  it('a replica that cannot be reached: its reads go to the primary, logged once, and it is tried again after a while', async () => {
    const primary = pool('primary');
    const replica = pool('replica');
    let now = 0;
    const router = replicaRouter(primary.pool, [{ pool: replica.pool, label: 'replica' }], () => now);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      replica.state.failure = refused();
      expect((await router.query(READ)).rows).toEqual([{ from: 'primary' }]);
      expect((await router.query(READ)).rows).toEqual([{ from: 'primary' }]);
      // Skipped while it is marked down: one failed connect, not one per read.
      expect(replica.state.asked).toBe(1);
      now += RETRY_AFTER_MS;
      expect((await router.query(READ)).rows).toEqual([{ from: 'primary' }]);
      expect(replica.state.asked).toBe(2);
      expect(warn.mock.calls.map(([line]) => String(line))).toEqual([expect.stringContaining('replica replica unreachable')]);
      replica.state.failure = null;
      now += RETRY_AFTER_MS;
      expect((await router.query(READ)).rows).toEqual([{ from: 'replica' }]);
      expect(warn).toHaveBeenLastCalledWith(expect.stringContaining('answers again'));
    } finally {
      warn.mockRestore();
    }
  });

  it.each([
    ['25006', 'a write the standby refused'],
    ['40001', 'a read cancelled by a conflict with replay'],
  ])("%s (%s) is run again on the primary; other errors are the caller's", async (code) => {
    const primary = pool('primary');
    const replica = pool('replica');
    const router = replicaRouter(primary.pool, [{ pool: replica.pool, label: 'replica' }]);
    replica.state.failure = Object.assign(new Error('refused'), { code });
    expect((await router.query(READ)).rows).toEqual([{ from: 'primary' }]);
    replica.state.failure = Object.assign(new Error('syntax error'), { code: '42601' });
    await expect(router.query(READ)).rejects.toThrow('syntax error');
  });
});
