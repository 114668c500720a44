import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { cases, exitRequests } from '@/db/schema';
import {
  AgentCaseDocument,
  AgentCasesDocument,
  CustomerHistoryDocument,
  ManagerCasesDocument,
  OutcomeTemplatesDocument,
  PaymentCancellationsDocument,
  RefundApprovalsDocument,
} from '@/graphql/generated/client/graphql';
import { openCountingDatabase, type CountingDatabase } from '../fixtures/counting-database';
import { addQueueRows, COUNT_MONTH, makeStatementCountWorld } from '../fixtures/statement-count-world';
import { createTestApi, type GraphQLResult } from '../fixtures/test-api';

/**
 * Query discipline (issue 8): the SQL statements one GraphQL operation sends, counted on the
 * driver, stay few and do not grow with the page. The limits include the access-log INSERT
 * that every read of personal data writes (lib/services/audit/record-read.ts), one per request.
 * Not timed: the counts are the contract, the bench measures the time.
 */
const LIST_LIMIT = 5;
const DETAIL_LIMIT = 10;
// Issue 15, acceptance 6: the customer panel, whatever the customer has.
const PANEL_LIMIT = 3;
const QUEUE_LIMIT = 6;
// Issue 18: the manager's report reads. The lots' page: the report, then its lots with their
// operators. The trend: one statement over monthly_lot_figures.
const REPORT_PAGE_LIMIT = 2;
const TREND_LIMIT = 1;
// The queue rows added so far, so each test takes cases no earlier one used.
let queueRowsAdded = 0;

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
    expect(shown.onsitePayments).toMatchObject([
      { amount: 3_000, hasReceipt: true, receiptUrl: expect.stringMatching(/^\/api\/receipts\//), cancellation: { status: 'IN_PROGRESS' } },
    ]);
    expect(shown.coupons).toMatchObject([
      { amount: 3_000, month: COUNT_MONTH, issuedUnderKind: 'OPERATOR_OMISSION', underEarlierKind: expect.any(Boolean) },
    ]);
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

  it('the waiting case page’s poll (caseActivity, twice a second): one statement, and no access-log write', async () => {
    const poll = await counted(() =>
      api.run('query ($id: ID!) { caseActivity(id: $id) { caseId changedAt serverTime } }', { id: world.richCaseId }, world.agent),
    );
    expect(poll.data.caseActivity.caseId).toBe(world.richCaseId);
    // Over HTTP the session's lookup comes on top (lib/auth/viewer.ts): two statements a poll.
    expect(poll.count, poll.statements.join('\n---\n')).toBe(1);
  });

  it.each([
    ['agent', () => world.agent],
    ['manager', () => world.manager],
  ] as const)(
    '%s customer panel: at most 3 statements with every part filled (cases, duplicate, coupon, refund, open request, same incident)',
    async (_role, viewer) => {
      const [rich] = await database.db.select().from(cases).where(eq(cases.id, world.richCaseId));
      const earlierId = rich!.duplicateOfId!;
      // An open request of the customer, on a case other than the one the detail test reads.
      const [open] = await database.db.select({ id: exitRequests.id }).from(exitRequests).where(eq(exitRequests.caseId, earlierId));
      if (!open) await database.db.insert(exitRequests).values({ caseId: earlierId, lotId: rich!.lotId, status: 'REQUESTED' });

      const panel = await counted(() => api.run(CustomerHistoryDocument, { customerId: rich!.customerId, lotId: rich!.lotId }, viewer()));
      const history = panel.data.customerHistory;
      expect(history.cases).toHaveLength(5);
      expect(history.cases.find((c: any) => c.id === world.richCaseId)).toMatchObject({
        omissionCount: 'DUPLICATE',
        duplicateOfCode: expect.stringMatching(/^CNT-/),
      });
      expect(history.coupons).toMatchObject([{ amount: 3_000, month: COUNT_MONTH }]);
      expect(history.refunds).toMatchObject([{ status: 'APPROVED', amount: 100_000 }]);
      // The queue tests above may have filed cancellations for this customer: open requests too.
      expect(history.openRequests).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'EXIT', caseId: earlierId })]));
      expect(history.sameIncident.length).toBeGreaterThan(0);
      expect(panel.count, panel.statements.join('\n---\n')).toBeLessThanOrEqual(PANEL_LIMIT);
    },
  );

  // Issue 15: the managers' two work queues read the same few statements however many rows they hold.
  it.each([
    ['cancellation queue', PaymentCancellationsDocument, 'paymentCancellations', QUEUE_LIMIT],
    ['refund approvals', RefundApprovalsDocument, 'refundApprovals', QUEUE_LIMIT],
  ] as const)('manager %s: at most 6 statements, the same with 8 more rows', async (_name, document, field, limit) => {
    const ours = (data: Record<string, any>) => data[field].filter((row: any) => String(row.case.code).startsWith('CNT-'));
    const small = await counted(() => api.run(document, {}, world.manager));
    await addQueueRows(database.db, world, queueRowsAdded, 8);
    queueRowsAdded += 8;
    const large = await counted(() => api.run(document, {}, world.manager));
    expect(ours(large.data).length).toBe(ours(small.data).length + 8);
    // Every nested part had something to load: cases over 4 lots, receipts or customers, people.
    const rows = ours(large.data);
    expect(new Set(rows.map((row: any) => row.case.lot.name)).size).toBe(4);
    if (field === 'paymentCancellations') {
      expect(rows.every((row: any) => row.payment.receiptUrl)).toBe(true);
      expect(rows.some((row: any) => row.owner?.id === world.manager.id)).toBe(true);
    } else {
      expect(new Set(rows.map((row: any) => row.case.customer.phoneMasked)).size).toBeGreaterThan(3);
      expect(rows.every((row: any) => row.proposedBy && row.proposalReason)).toBe(true);
    }
    console.log(
      `[statement-counts] ${field}: ${small.count} statements for ${ours(small.data).length} rows of ours, ${large.count} for ${rows.length}`,
    );
    expect(small.count, small.statements.join('\n---\n')).toBeLessThanOrEqual(limit);
    expect(large.count, large.statements.join('\n---\n')).toBe(small.count);
  });

  it('outcome templates (read on the case page beside the case): one statement', async () => {
    const read = await counted(() => api.run(OutcomeTemplatesDocument, {}, world.agent));
    expect(read.data.outcomeTemplates.length).toBeGreaterThanOrEqual(5);
    expect(read.count, read.statements.join('\n---\n')).toBe(1);
  });

  it('the repeat-omission report’s top lots: at most 2 statements, the same for 2 lots as for 50', async () => {
    const document = `query ($month: Month!, $first: Int) {
      repeatOmissionReport(month: $month, first: $first) { totalCount rows { lot { id name operator { id name } } omissions } }
    }`;
    const small = await counted(() => api.run(document, { month: COUNT_MONTH, first: 2 }, world.manager));
    const large = await counted(() => api.run(document, { month: COUNT_MONTH, first: 50 }, world.manager));
    expect(small.data.repeatOmissionReport.rows).toHaveLength(2);
    expect(large.data.repeatOmissionReport.rows.length).toBe(large.data.repeatOmissionReport.totalCount);
    expect(large.data.repeatOmissionReport.totalCount).toBeGreaterThanOrEqual(4);
    expect(small.count, small.statements.join('\n---\n')).toBeLessThanOrEqual(REPORT_PAGE_LIMIT);
    expect(large.count, large.statements.join('\n---\n')).toBe(small.count);
  });

  it('the 12-month trend: one statement, none of it over cases', async () => {
    const trend = await counted(() =>
      api.run(
        'query ($month: Month!) { monthlyTrend(endMonth: $month, months: 12) { month omissions couponsIssued refundsCount } }',
        {
          month: COUNT_MONTH,
        },
        world.manager,
      ),
    );
    expect(trend.data.monthlyTrend).toHaveLength(12);
    expect(trend.data.monthlyTrend.at(-1).omissions).toBeGreaterThan(0);
    expect(trend.count, trend.statements.join('\n---\n')).toBe(TREND_LIMIT);
    expect(trend.statements.join('\n')).not.toMatch(/from "cases"/i);
  });

  // Each of the manager's other reports on its own: the report's statement, then the loader batches of the rows it names (a lot's operator comes with the lot).
  it.each([
    ['operatorOmissionReport', 'operatorOmissionReport(month: $month) { operator { id name } omissions }', 2],
    ['repeatCustomers (logged)', 'repeatCustomers(month: $month) { customer { id phoneMasked } lots { id name } omissions }', 4],
    ['worseningLots', 'worseningLots(month: $month) { lot { id name operator { id } } change }', 2],
    [
      'omissionHeatmap',
      'omissionHeatmap(endMonth: $month, months: 6, lots: 15) { months rows { lot { id name operator { id } } counts } }',
      3,
    ],
    [
      'responseTimes',
      'responseTimes(month: $month) { byOperator { operator { id } times { overdueCount } } byLot { lot { id } times { overdueCount } } }',
      4,
    ],
  ] as const)('%s: at most %i statements', async (_name, selection, limit) => {
    const read = await counted(() => api.run(`query ($month: Month!) { ${selection} }`, { month: COUNT_MONTH }, world.manager));
    expect(read.count, read.statements.join('\n---\n')).toBeLessThanOrEqual(limit);
  });
});
