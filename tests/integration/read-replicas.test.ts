import { eq } from 'drizzle-orm';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { handleCasesExport } from '@/app/api/exports/handle-cases-export';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '@/db/client';
import { REPLICA_APPLICATION_NAME } from '@/db/read-replicas';
import { auditLog } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo-data';
import { createGraphQLRoute } from '@/graphql/http-handler';
import { graphql } from '../generated';
import type { ReplicaOmissionReportQuery } from '../generated/graphql';
import { openVerifiedCase } from '../fixtures/case-api';
import { parseCsv } from '../fixtures/parse-csv';
import { missingPostgresBinaries, startStreamingPair, type StreamingPair } from '../fixtures/streaming-replica';
import { createTestApi, dataOf, type TestApi } from '../fixtures/test-api';
import { makeWorld, type World } from '../fixtures/world';

// Issue 18, reads from replicas: a primary and a streaming replica started here, the app's
// reader over both (DATABASE_REPLICA_URLS). The proof that a read went to the replica is what
// it answers while the replica's replay is paused: the primary has the new case, the replica
// not yet, so a read that went to the primary would see it.

const CASE_PAGE = graphql(`
  query ReplicaCasePage($id: ID!) {
    case(id: $id) {
      id
      version
      identityVerified
    }
  }
`);

const CASES_OF_CUSTOMER = graphql(`
  query ReplicaCasesOfCustomer($filter: CaseFilter) {
    cases(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

const OMISSION_REPORT = graphql(`
  query ReplicaOmissionReport($month: Month!) {
    repeatOmissionReport(month: $month) {
      totalOmissions
    }
  }
`);

const INCIDENT_AT = '2026-04-10T10:00:00+09:00';
const MONTH = '2026-04';
const missing = missingPostgresBinaries();
if (missing) console.warn(`[read-replicas] skipped: ${missing}`);

describe.skipIf(missing !== null)('reads from replicas (DATABASE_REPLICA_URLS)', () => {
  let pair: StreamingPair | undefined;
  let handle: DatabaseHandle | undefined;
  let api: TestApi;
  let world: World;
  let managerRoute: ReturnType<typeof createGraphQLRoute>;

  beforeAll(async () => {
    pair = await startStreamingPair();
    handle = await openDatabase({ url: pair.primaryUrl, replicaUrls: [pair.replicaUrl], poolSize: 2 });
    await migrateDatabase(handle);
    await seedDemo(handle.db);
    world = await makeWorld(handle.db);
    api = createTestApi(handle);
    managerRoute = createGraphQLRoute({ database: async () => handle!, viewer: async () => world.manager });
    await pair.catchUp();
  });

  afterAll(async () => {
    await handle?.close();
    await pair?.tearDown();
  });

  // The report as the browser asks for it: POST /api/graphql, whose request context carries the reader.
  const report = async () => {
    const body = JSON.stringify({ query: print(OMISSION_REPORT), variables: { month: MONTH } });
    const response = await managerRoute.POST(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
        body,
      }),
    );
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { data: ReplicaOmissionReportQuery };
    return answer.data.repeatOmissionReport.totalOmissions;
  };
  // The cases export of the world's customer: its case codes.
  const exported = async () => {
    const url = `http://localhost/api/exports/cases.csv?customerId=${world.customer.id}`;
    const response = await handleCasesExport(new Request(url), { db: handle!.db, reader: handle!.reader, viewer: world.manager });
    return parseCsv(await response.text()).map((record) => record[0]);
  };
  const listed = async () =>
    (await dataOf(api, CASES_OF_CUSTOMER, { filter: { customerId: world.customer.id } }, world.agent)).cases.edges.map(
      (edge) => edge.node.id,
    );

  it('a case written through the API reads back from the primary while the list and the report read the replica', async () => {
    const before = await report();
    await pair!.pauseReplay();
    const opened = await openVerifiedCase(api, world.agent, world.pass.id, INCIDENT_AT);

    // The case page after its own write: the primary, so the viewer sees what they just did.
    const page = await dataOf(api, CASE_PAGE, { id: opened.id }, world.agent);
    expect(page.case).toEqual({ id: opened.id, version: opened.version, identityVerified: true });

    // The list and the report: the replica, which has not replayed the new case yet.
    expect(await listed()).not.toContain(opened.id);
    expect(await report()).toBe(before);
    expect(await exported()).not.toContain(opened.code);
    // The list's access-log entry is a write: it went to the primary all the same.
    const logged = await handle!.db.select().from(auditLog).where(eq(auditLog.actorId, world.agent.id));
    expect(logged.map((entry) => entry.action)).toContain('LIST_CASES');
    // And the replica's sessions are the reader's pool, by its application_name.
    const readers = await pair!.queryReplica<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1', [
      REPLICA_APPLICATION_NAME,
    ]);
    expect(readers[0]?.n).toBeGreaterThan(0);

    await pair!.resumeReplay();
    await pair!.catchUp();
    expect(await listed()).toContain(opened.id);
    expect(await report()).toBe(before + 1);
    expect(await exported()).toContain(opened.code);
  });

  it('with the replica stopped the report is served from the primary, and the outage is logged once', async () => {
    // The replica has caught up, so it and the primary answer the same; once it is stopped,
    // any answer is the primary's.
    const expected = await report();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await pair!.stopReplica();
    try {
      expect(await report()).toBe(expected);
      expect(await report()).toBe(expected);
      expect((await listed()).length).toBeGreaterThan(0);
      const outage = warn.mock.calls.filter(([line]) => String(line).includes('unreachable'));
      expect(outage).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });
});
