import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, type UserRow } from '@/db/schema';
import { openVerifiedCase } from '../fixtures/case-api';
import { useIntegrationWorld } from '../fixtures/integration';
import { makeWorld } from '../fixtures/world';
import { graphql } from '../generated';
import type { CaseFilter } from '../generated/graphql';

// Issue 9, item 3: the command palette jumps to a case by its code (whole or its beginning,
// as the agent types it), by plate or by the phone's last four digits, through `cases`;
// the searches are case-list reads and the access log keeps them like any other list.

const { handle, api, world } = await useIntegrationWorld();
let opened: { id: string; code: string };
let other: { id: string; code: string }; // another customer's case, opened the same day

const LIST = graphql(`
  query CodeSearchCases($filter: CaseFilter) {
    cases(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          id
          code
          pass {
            plate
          }
        }
      }
    }
  }
`);

beforeAll(async () => {
  opened = await openVerifiedCase(api, world.agent, world.pass.id, '2026-04-05T10:00:00+09:00');
  const elsewhere = await makeWorld(handle.db);
  other = await openVerifiedCase(api, elsewhere.agent, elsewhere.pass.id, '2026-04-05T11:00:00+09:00');
});

async function codesFound(filter: CaseFilter, viewer: UserRow = world.agent) {
  const result = await api.run(LIST, { filter }, viewer);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  const connection = result.data!.cases;
  return connection.edges.map((edge) => edge.node.code);
}

describe('cases(filter: { code }): the palette finds a case by its code', () => {
  it('the whole code finds exactly that case, not another one, for an agent and a manager', async () => {
    expect(await codesFound({ code: opened.code })).toEqual([opened.code]);
    expect(await codesFound({ code: opened.code }, world.manager)).toEqual([opened.code]);
    expect(await codesFound({ code: other.code })).toEqual([other.code]);
  });

  it.each([
    ['its date part', (code: string) => code.slice(0, 'VOC-260401'.length)],
    ['all but the last digit', (code: string) => code.slice(0, -1)],
    ['lower case with spaces around', (code: string) => `  ${code.toLowerCase()} `],
  ])('the beginning of the code (%s) finds it, and every case found starts with it', async (_how, typed) => {
    const term = typed(opened.code);
    const found = await codesFound({ code: term });
    expect(found).toContain(opened.code);
    // Both cases were opened today: the date part finds both, a longer beginning only one.
    if (term.trim().length <= 'VOC-260401'.length) expect(found).toContain(other.code);
    for (const code of found) expect(code.startsWith(term.trim().toUpperCase())).toBe(true);
  });

  it('a code that is only inside another code finds nothing: the match is on the beginning', async () => {
    expect(await codesFound({ code: opened.code.slice(4) })).toEqual([]);
  });

  it('LIKE wildcards are not patterns: "VOC%" is refused as input, not read as "any"', async () => {
    const result = await api.run(LIST, { filter: { code: 'VOC%' } }, world.agent);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('상담 번호는 영문, 숫자와 -로 입력해 주세요.');
  });

  it('code combines with the other filters (all must match)', async () => {
    expect(await codesFound({ code: opened.code, plate: world.pass.plate })).toEqual([opened.code]);
    expect(await codesFound({ code: opened.code, phoneLast4: world.last4 === '0000' ? '1111' : '0000' })).toEqual([]);
  });

  it('plate (part of it) and the phone’s last four digits find the same case', async () => {
    expect(await codesFound({ plate: world.pass.plate.slice(-5), customerId: world.customer.id })).toEqual([opened.code]);
    expect(await codesFound({ phoneLast4: world.last4, customerId: world.customer.id })).toEqual([opened.code]);
  });

  it('operators may not search cases: FORBIDDEN, and nothing is logged for them', async () => {
    const result = await api.run(LIST, { filter: { code: opened.code } }, world.operatorUserA);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await listEntries(world.operatorUserA)).toEqual([]);
  });
});

describe('the access log keeps the palette’s searches', () => {
  it('a search by code is one LIST_CASES entry with the code searched and the counts', async () => {
    const agent = (await makeWorld(handle.db)).agent;
    const term = opened.code.slice(0, -2);
    const found = await codesFound({ code: term }, agent);
    const entries = await listEntries(agent);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ subjectType: 'Case', subjectId: null, clientAddress: '127.0.0.1' });
    // The beginning of a code matches up to 100 cases; other files may have opened more than a page of them today.
    expect(entries[0]!.detail).toEqual({ filter: { code: term }, count: found.length, total: expect.any(Number) });
    expect((entries[0]!.detail as { total: number }).total).toBeGreaterThanOrEqual(found.length);
  });

  it('a search by the phone’s last four digits keeps the digits masked', async () => {
    const agent = (await makeWorld(handle.db)).agent;
    await codesFound({ phoneLast4: world.last4 }, agent);
    const [entry] = await listEntries(agent);
    expect(entry!.detail).toMatchObject({ filter: { phoneLast4: `***-****-${world.last4}` } });
  });
});

function listEntries(actor: UserRow) {
  return handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorId, actor.id), eq(auditLog.action, 'LIST_CASES')))
    .orderBy(asc(auditLog.id));
}
