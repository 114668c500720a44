import { and, asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/client';
import { auditLog, type UserRow } from '@/db/schema';
import { handleAccessLogExport } from '@/app/api/exports/handle-access-log-export';
import { kstDateOf } from '@/lib/domain/kst-month';
import { ACCESS_LOG_EXPORT_HEADER } from '@/lib/services/exports/access-log-rows';
import { openVerifiedCase } from '../fixtures/case-api';
import { useIntegrationWorld } from '../fixtures/integration';
import { parseCsv } from '../fixtures/parse-csv';
import type { DataOf } from '../fixtures/test-api';
import { makeUser } from '../fixtures/world';
import { graphql } from '../generated';
import type { AccessLogFilter } from '../generated/graphql';

// Issue 7, item 4: managers search the access log (filters, keyset pages) and export it as
// CSV; nobody else can read it.

const { handle, api, world } = await useIntegrationWorld();
let subject: UserRow; // an agent whose six entries are written straight to the table
const CASE_A = '00000000-0000-4000-8000-00000000000a';
const CASE_B = '00000000-0000-4000-8000-00000000000b';
let ids: number[] = [];

// Times to the microsecond: e1 and e2 share a millisecond, e2 and e3 the very instant.
const ENTRIES = [
  ['2026-01-01T00:00:00.000100Z', 'VIEW_CASE', 'Case', CASE_A, '10.0.0.1'],
  ['2026-01-01T00:00:00.000200Z', 'VIEW_CASE', 'Case', CASE_B, '10.0.0.2'],
  ['2026-01-01T00:00:00.000200Z', 'SEARCH_PASSES', 'Pass', null, '10.0.1.5'],
  ['2026-01-02T15:00:00Z', 'OPEN_CASE', 'Case', CASE_A, '192.168.0.7'],
  ['2026-01-03T14:59:59.999999Z', 'LIST_CASES', 'Case', null, '10.0.0.1'],
  ['2026-02-01T00:00:00Z', 'VIEW_RECEIPT', 'ReceiptAttachment', CASE_B, null],
] as const;

beforeAll(async () => {
  subject = await makeUser(handle.db, 'AGENT');
  ids = [];
  for (const [at, action, type, subjectId, address] of ENTRIES) {
    const detail = action === 'SEARCH_PASSES' ? JSON.stringify({ by: 'PLATE', filter: { plate: '12가' }, count: 3 }) : null;
    const result = await handle.db
      .execute(sql`INSERT INTO audit_log (at, actor_id, action, subject_type, subject_id, client_address, detail)
      VALUES (${at}::timestamptz, ${subject.id}::uuid, ${action}, ${type}, ${subjectId}, ${address}, ${detail}::jsonb) RETURNING id`);
    ids.push(Number(rowsOf<{ id: string | number }>(result)[0]!.id));
  }
});

const ACCESS_LOG = graphql(`
  query AccessLogSearch($filter: AccessLogFilter, $first: Int, $after: String) {
    accessLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          at
          action
          subjectType
          subjectId
          subjectLabel
          clientAddress
          detail
          actor {
            id
            role
          }
        }
      }
    }
  }
`);

type Connection = DataOf<typeof ACCESS_LOG>['accessLog'];

async function accessLog(filter: AccessLogFilter, first = 50, after: string | null = null, viewer: UserRow = world.manager) {
  const result = await api.run(ACCESS_LOG, { filter, first, after }, viewer);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.accessLog;
}

// The entries by their place in ENTRIES (1-based), newest first as the log lists them.
const order = (...numbers: number[]) => numbers.map((n) => String(ids[n - 1]));
const idsOf = (connection: Connection) => connection.edges.map((edge) => edge.node.id);

describe('accessLog: a manager searches the log', () => {
  it('by account: newest first, ties on the instant broken by id, times in KST', async () => {
    const log = await accessLog({ actorId: subject.id });
    expect(log.totalCount).toBe(6);
    expect(idsOf(log)).toEqual(order(6, 5, 4, 3, 2, 1));
    expect(log.edges[0]!.node).toMatchObject({
      at: '2026-02-01T09:00:00.000+09:00',
      action: 'VIEW_RECEIPT',
      actor: { id: subject.id, role: 'AGENT' },
    });
    expect(JSON.parse(log.edges[3]!.node.detail!)).toEqual({ by: 'PLATE', filter: { plate: '12가' }, count: 3 });
  });

  it('pages of one walk the whole log once, across entries a millisecond cannot tell apart', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const log: Connection = await accessLog({ actorId: subject.id }, 1, after);
      expect(log.totalCount).toBe(6);
      seen.push(...idsOf(log));
      if (!log.pageInfo.hasNextPage) break;
      after = log.pageInfo.endCursor;
    }
    expect(seen).toEqual(order(6, 5, 4, 3, 2, 1));
    const pairs = await accessLog({ actorId: subject.id }, 4);
    const rest = await accessLog({ actorId: subject.id }, 4, pairs.pageInfo.endCursor);
    expect([...idsOf(pairs), ...idsOf(rest)]).toEqual(order(6, 5, 4, 3, 2, 1));
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ['action', { action: 'VIEW_CASE' }, [2, 1]],
    ['subject type and id', { subjectType: 'Case', subjectId: CASE_A }, [4, 1]],
    ['subject type alone', { subjectType: 'Pass' }, [3]],
    ['a KST day (from inclusive, to exclusive)', { from: '2026-01-03T00:00:00+09:00', to: '2026-01-04T00:00:00+09:00' }, [5, 4]],
    ['from alone', { from: '2026-01-04T00:00:00+09:00' }, [6]],
    ['an address', { clientAddress: '10.0.0.1' }, [5, 1]],
    ['the start of an address', { clientAddress: '10.0.' }, [5, 3, 2, 1]],
    ['a LIKE wildcard, taken literally', { clientAddress: '%' }, []],
  ])('filter by %s', async (_what, filter, expected) => {
    const log = await accessLog({ actorId: subject.id, ...filter });
    expect(idsOf(log)).toEqual(order(...expected));
    expect(log.totalCount).toBe(expected.length);
  });

  it("a case's entries name the case by its code", async () => {
    const opened = await openVerifiedCase(api, world.agent, world.pass.id, '2026-04-05T10:00:00+09:00');
    await api.run(
      graphql(`
        query AccessLogSearchReadCase($id: ID!) {
          case(id: $id) {
            id
          }
        }
      `),
      { id: opened.id },
      world.agent,
    );
    const log = await accessLog({ actorId: world.agent.id, action: 'VIEW_CASE' });
    expect(log.edges.map((edge) => edge.node.subjectLabel)).toEqual([opened.code]);
    const unknown = await accessLog({ actorId: subject.id, action: 'VIEW_CASE' });
    expect(unknown.edges.map((edge) => edge.node.subjectLabel)).toEqual([null, null]);
  });

  it('reading the log is itself logged, after the page it shows', async () => {
    const manager = await makeUser(handle.db, 'MANAGER');
    const first = await accessLog({ actorId: manager.id }, 50, null, manager);
    expect(first.totalCount).toBe(0);
    const [entry] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, manager.id), eq(auditLog.action, 'VIEW_ACCESS_LOG')));
    expect(entry).toMatchObject({
      subjectType: 'AccessLog',
      clientAddress: '127.0.0.1',
      detail: { filter: { actorId: manager.id }, count: 0, total: 0 },
    });
  });

  it.each([
    ['an end before the start', { filter: { from: '2026-01-02T00:00:00+09:00', to: '2026-01-01T00:00:00+09:00' } }, 'filter.to'],
    ['an action in lower case', { filter: { action: 'view_case' } }, 'filter.action'],
    ['an account that is not an id', { filter: { actorId: 'agent' } }, 'filter.actorId'],
    ['a page of 0', { first: 0 }, 'first'],
    ['a page of 201', { first: 201 }, 'first'],
    ['a cursor that is not one', { after: 'not-a-cursor' }, 'after'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, variables, field) => {
    const result = await api.run(ACCESS_LOG, { first: 10, ...variables }, world.manager);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.data ?? null).toBeNull();
  });

  it.each([
    ['an agent', () => world.agent, 'FORBIDDEN'],
    ['an operator', () => world.operatorUserA, 'FORBIDDEN'],
    ['anonymous', () => null, 'UNAUTHENTICATED'],
  ])('%s is refused with no data, and nothing is logged', async (_who, viewer, code) => {
    const result = await api.run(ACCESS_LOG, { filter: { actorId: subject.id }, first: 10 }, viewer());
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.data ?? null).toBeNull();
    const logged = viewer()
      ? await handle.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.actorId, viewer()!.id), eq(auditLog.action, 'VIEW_ACCESS_LOG')))
      : [];
    expect(logged).toEqual([]);
  });
});

describe('access-log.csv: a manager exports the log', () => {
  const exportLog = (viewer: UserRow | null, query: string) =>
    handleAccessLogExport(new Request(`http://localhost/api/exports/access-log.csv?${query}`), {
      db: handle.db,
      viewer,
      clientAddress: '203.0.113.9',
    });

  it('BOM, exact Korean header, KST times to the second, labels, and the same rows as the query', async () => {
    const response = await exportLog(world.manager, `actorId=${subject.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="access-log-${kstDateOf(new Date())}.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header!.join(',')).toBe('시각(KST),계정,이름,역할,행위,행위 코드,대상,대상 ID,접속 주소,상세');
    expect(header).toEqual([...ACCESS_LOG_EXPORT_HEADER]);
    expect(rows.map((row) => row[0])).toEqual([
      '2026-02-01 09:00:00',
      '2026-01-03 23:59:59',
      '2026-01-03 00:00:00',
      '2026-01-01 09:00:00',
      '2026-01-01 09:00:00',
      '2026-01-01 09:00:00',
    ]);
    expect(rows[3]).toEqual([
      '2026-01-01 09:00:00',
      subject.email,
      subject.name,
      '상담사',
      '정기권 검색',
      'SEARCH_PASSES',
      '정기권',
      '',
      '10.0.1.5',
      '{"by":"PLATE","count":3,"filter":{"plate":"12가"}}',
    ]);
    expect(rows[0]!.slice(4, 9)).toEqual(['영수증 열람', 'VIEW_RECEIPT', '영수증', CASE_B, '']);
  });

  it('the query string is the query filter: from/to as instants with an offset', async () => {
    const query = new URLSearchParams({
      actorId: subject.id,
      from: '2026-01-03T00:00:00+09:00',
      to: '2026-01-04T00:00:00+09:00',
      action: 'OPEN_CASE',
    });
    const rows = parseCsv((await (await exportLog(world.manager, query.toString())).text()).slice(1)).slice(1);
    expect(rows.map((row) => row[5])).toEqual(['OPEN_CASE']);
  });

  it('the export is logged with its filter and address', async () => {
    const manager = await makeUser(handle.db, 'MANAGER');
    await (await exportLog(manager, `actorId=${subject.id}&action=VIEW_CASE`)).text();
    const logged = await handle.db.select().from(auditLog).where(eq(auditLog.actorId, manager.id)).orderBy(asc(auditLog.id));
    expect(logged).toEqual([
      expect.objectContaining({
        action: 'EXPORT_ACCESS_LOG',
        subjectType: 'AccessLog',
        clientAddress: '203.0.113.9',
        detail: { filter: { actorId: subject.id, action: 'VIEW_CASE' } },
      }),
    ]);
  });

  it.each([
    ['from=2026-01-01', 'from'],
    ['to=yesterday', 'to'],
    ['clientAddress=' + 'x'.repeat(101), 'clientAddress'],
  ])('a bad parameter (%s) is a 400 naming it', async (query, field) => {
    const response = await exportLog(world.manager, query);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string; field: string } }).error).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each([
    ['anonymous', () => null, 401, 'UNAUTHENTICATED'],
    ['an agent', () => world.agent, 403, 'FORBIDDEN'],
    ['an operator', () => world.operatorUserA, 403, 'FORBIDDEN'],
  ])('%s is refused, without a row of the log', async (_who, viewer, status, code) => {
    const response = await exportLog(viewer(), `actorId=${subject.id}`);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).not.toContain('text/csv');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
  });
});
