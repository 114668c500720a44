import { describe, expect, it } from 'vitest';
import { isReadOnlyStatement } from '@/db/read-replicas';

// Which statements the reader may send to a replica. A wrong "yes" costs a round trip (the
// standby refuses the write, the router sends it on to the primary); a wrong "no" a read on
// the primary. Neither loses data; these pin the common cases.
describe('reads from replicas: which statements a replica answers', () => {
  it.each([
    ['select "id", "code" from "cases" where "cases"."lot_id" = $1 order by "created_at" desc limit $2'],
    ['  SELECT count(*) FROM cases WHERE incident_month = $1'],
    ['WITH counted AS (SELECT lot_id, count(*) AS n FROM cases GROUP BY lot_id) SELECT * FROM counted'],
    ['select "updated_at", "deleted_by" from "cases"'],
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
