import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentCaseDocument, AgentCasesDocument, ManagerCasesDocument, OutcomeTemplatesDocument } from '@/graphql/generated/client/graphql';
import { openCountingDatabase, type CountingDatabase } from '../fixtures/counting-database';
import { COUNT_MONTH, makeStatementCountWorld } from '../fixtures/statement-count-world';
import { createTestApi, type GraphQLResult } from '../fixtures/test-api';

/**
 * Query discipline (issue 8): the SQL statements one GraphQL operation sends, counted on the
 * driver, stay few and do not grow with the page. The limits include the access-log INSERT
 * that every read of personal data writes (lib/services/record-read.ts), one per request.
 * Not timed: the counts are the contract, the bench measures the time.
 */
const LIST_LIMIT = 5;
const DETAIL_LIMIT = 10;

let database: CountingDatabase;
let api: ReturnType<typeof createTestApi>;
let world: Awaited<ReturnType<typeof makeStatementCountWorld>>;

beforeAll(async () => {
  database = await openCountingDatabase();
  api = createTestApi(database);
  world = await makeStatementCountWorld(database.db, 60);
});
afterAll(() => database.close());

/** Runs one operation and returns its answer and the statements it sent (listed when a limit fails). */
async function counted(run: () => Promise<GraphQLResult>) {
  database.reset();
  const result = await run();
  expect(result.errors).toBeUndefined();
  return { data: result.data as Record<string, any>, count: database.statements.length, statements: [...database.statements] };
}

describe('statement counts', () => {
  it.each([
    ['agent', AgentCasesDocument, () => world.agent],
    ['manager', ManagerCasesDocument, () => world.manager],
  ] as const)('%s case list: at most 5 statements, the same for 10 rows as for 50', async (_role, document, viewer) => {
    const filter = { month: COUNT_MONTH };
    const small = await counted(() => api.run(document, { filter, first: 10 }, viewer()));
    const large = await counted(() => api.run(document, { filter, first: 50 }, viewer()));

    expect(small.data.cases.edges).toHaveLength(10);
    expect(large.data.cases.edges).toHaveLength(50);
    expect(large.data.cases.totalCount).toBe(60);
    // The 50 rows really span the world: several customers, lots and passes (and agents).
    const nodes = large.data.cases.edges.map((edge: { node: Record<string, any> }) => edge.node);
    expect(new Set(nodes.map((node: any) => node.customer.id)).size).toBe(12);
    expect(new Set(nodes.map((node: any) => node.lot.id)).size).toBe(4);
    expect(new Set(nodes.map((node: any) => node.pass.plate)).size).toBe(12);
    if (nodes[0].agent) expect(new Set(nodes.map((node: any) => node.agent.id)).size).toBe(3);

    expect(small.count, small.statements.join('\n---\n')).toBeLessThanOrEqual(LIST_LIMIT);
    expect(large.count, large.statements.join('\n---\n')).toBe(small.count);
  });

  it('agent case detail: at most 10 statements with every part of the page filled', async () => {
    const detail = await counted(() => api.run(AgentCaseDocument, { id: world.richCaseId }, world.agent));
    const shown = detail.data.case;

    // Every nested loader had something to load, so none of them was skipped.
    expect(shown.duplicateOf.code).toMatch(/^CNT-/);
    expect(shown.lastActor.id).toBe(world.staff.id);
    expect(shown.agent.id).toBe(world.richAgentId);
    expect(shown.customer.phoneMasked).toBeTruthy();
    expect(shown.couponEligibility.omissionsThisMonth).toBeGreaterThan(0);
    expect(shown.exitRequests).toMatchObject([{ status: 'ACKNOWLEDGED', overdue: expect.any(Boolean) }]);
    expect(shown.registrationRequests).toMatchObject([{ status: 'CONFIRMED', overdue: false }]);
    expect(shown.onsitePayments).toMatchObject([{ amount: 3_000, hasReceipt: true, receiptUrl: expect.stringMatching(/^\/api\/receipts\//) }]);
    expect(shown.coupons).toMatchObject([{ amount: 3_000, month: COUNT_MONTH, issuedUnderKind: 'OPERATOR_OMISSION', underEarlierKind: expect.any(Boolean) }]);
    // Issue 15: the policy in force and the first response come from loaders the page reads anyway.
    expect(shown).toHaveProperty('policyTerms');
    expect(shown).toHaveProperty('firstResponseAt');
    expect(shown.refunds).toMatchObject([{ status: 'APPROVED', amount: 100_000 }]);
    expect(shown.messages).toMatchObject([{ status: 'SENT', body: '등록 완료 안내' }]);
    expect(shown.timeline.map((entry: any) => [entry.type, entry.actor?.id ?? null])).toEqual([
      ['CASE_OPENED', world.richAgentId],
      ['REGISTRATION_CONFIRMED', world.staff.id],
      ['REFUND_APPROVED', world.manager.id],
      ['SMS_SENT', null],
    ]);

    expect(detail.count, detail.statements.join('\n---\n')).toBeLessThanOrEqual(DETAIL_LIMIT);
  });

  it('outcome templates (read on the case page beside the case): one statement', async () => {
    const read = await counted(() => api.run(OutcomeTemplatesDocument, {}, world.agent));
    expect(read.data.outcomeTemplates.length).toBeGreaterThanOrEqual(5);
    expect(read.count, read.statements.join('\n---\n')).toBe(1);
  });
});
