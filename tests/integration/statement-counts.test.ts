import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { cases, exitRequests, passes, registrationRequests, userSessions, type CaseRow, type UserRow } from '@/db/schema';
import { resumeSession } from '@/lib/services/accounts/resume-session';
import { forgetSession } from '@/lib/services/accounts/session-cache';
import {
  AgentCaseDocument,
  AgentCasesDocument,
  CustomerHistoryDocument,
  ManagerCasesDocument,
  OperatorRequestQueuesDocument,
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
const LIST_LIMIT = 1;
const DETAIL_LIMIT = 1;
// Issue 15, acceptance 6: the customer panel, whatever the customer has.
const PANEL_LIMIT = 1;
const QUEUE_LIMIT = 6;
// Issue 18: the manager's report reads. The lots' page: the report, then its lots with their
// operators. The trend: one statement over monthly_lot_figures.
const REPORT_PAGE_LIMIT = 2;
const TREND_LIMIT = 1;
/**
 * Issue 18, target 4: the round trips of each hot read, the session check (within its cache)
 * and the access-log write included. A round trip is one exchange with the server, however
 * many statements it carries (tests/fixtures/counting-database.ts).
 */
const ROUND_TRIPS = { caseList: 1, caseDetail: 1, customerPanel: 1, operatorQueue: 7 };
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

const sessions = new Map<string, string>();
/** A signed-in session of the user (opened once), as a request's cookie would name it. */
async function sessionOf(user: UserRow): Promise<string> {
  let id = sessions.get(user.id);
  if (!id) {
    const [row] = await database.db.insert(userSessions).values({ userId: user.id }).returning({ id: userSessions.id });
    id = row!.id;
    sessions.set(user.id, id);
  }
  return id;
}

/**
 * Runs one operation as a request does, the session check included (resumeSession, here
 * within its 5 s cache, as on a page in use), and returns its answer and the statements and
 * round trips it sent (the statements are listed when a limit fails).
 */
async function counted(run: (viewer: UserRow) => Promise<GraphQLResult>, as: UserRow) {
  const sessionId = await sessionOf(as);
  await resumeSession(database.db, sessionId);
  database.reset();
  const viewer = await resumeSession(database.db, sessionId);
  if (!viewer) throw new Error('the session was refused');
  const result = await run(viewer);
  expect(result.errors).toBeUndefined();
  const counts = { count: database.statements.length, trips: database.roundTrips(), statements: [...database.statements] };
  return { data: result.data as Record<string, any>, ...counts, listed: counts.statements.join('\n---\n') };
}

/** A hot read's statements and round trips, printed for the report beside the limits. */
function report(read: string, counts: { count: number; trips: number }) {
  console.log(`[statement-counts] ${read}: ${counts.count} statements in ${counts.trips} round trips`);
}

describe('statement counts', () => {
  it.each([
    ['agent', AgentCasesDocument, () => world.agent],
    ['manager', ManagerCasesDocument, () => world.manager],
  ] as const)('%s case list: one statement in one round trip, for 10 rows as for 50', async (_role, document, viewer) => {
    const filter = { month: COUNT_MONTH };
    const small = await counted((v) => api.run(document, { filter, first: 10 }, v), viewer());
    const large = await counted((v) => api.run(document, { filter, first: 50 }, v), viewer());

    expect(small.data.cases.edges).toHaveLength(10);
    expect(large.data.cases.edges).toHaveLength(50);
    expect(large.data.cases.totalCount).toBe(60);
    // The 50 rows really span the world: several customers, lots and passes (and agents).
    const nodes = large.data.cases.edges.map((edge: { node: Record<string, any> }) => edge.node);
    expect(new Set(nodes.map((node: any) => node.customer.id)).size).toBe(12);
    expect(new Set(nodes.map((node: any) => node.lot.id)).size).toBe(4);
    expect(new Set(nodes.map((node: any) => node.pass.plate)).size).toBe(12);
    if (nodes[0].agent) expect(new Set(nodes.map((node: any) => node.agent.id)).size).toBe(3);

    report(`${_role} case list (50)`, large);
    expect(small.count, small.listed).toBeLessThanOrEqual(LIST_LIMIT);
    expect(large.count, large.listed).toBe(small.count);
    expect(small.trips, small.listed).toBeLessThanOrEqual(ROUND_TRIPS.caseList);
    expect(large.trips, large.listed).toBe(small.trips);
  });

  it('agent case detail: one statement in one round trip with every part of the page filled', async () => {
    const detail = await counted((v) => api.run(AgentCaseDocument, { id: world.richCaseId }, v), world.agent);
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

    report('agent case detail', detail);
    expect(detail.count, detail.listed).toBeLessThanOrEqual(DETAIL_LIMIT);
    expect(detail.trips, detail.listed).toBeLessThanOrEqual(ROUND_TRIPS.caseDetail);
  });

  it('the waiting case page’s poll (caseActivity, twice a second): one statement, and no access-log write', async () => {
    const poll = await counted(
      (v) => api.run('query ($id: ID!) { caseActivity(id: $id) { caseId changedAt serverTime } }', { id: world.richCaseId }, v),
      world.agent,
    );
    expect(poll.data.caseActivity.caseId).toBe(world.richCaseId);
    // The session check is within its 5 s cache, as on a page that polls.
    expect(poll.count, poll.listed).toBe(1);
  });

  it.each([
    ['agent', () => world.agent],
    ['manager', () => world.manager],
  ] as const)(
    '%s customer panel: one statement in one round trip with every part filled (cases, duplicate, coupon, refund, open request, same incident)',
    async (_role, viewer) => {
      const [rich] = await database.db.select().from(cases).where(eq(cases.id, world.richCaseId));
      const earlierId = rich!.duplicateOfId!;
      // An open request of the customer, on a case other than the one the detail test reads.
      const [open] = await database.db.select({ id: exitRequests.id }).from(exitRequests).where(eq(exitRequests.caseId, earlierId));
      if (!open) await database.db.insert(exitRequests).values({ caseId: earlierId, lotId: rich!.lotId, status: 'REQUESTED' });

      const panel = await counted(
        (v) => api.run(CustomerHistoryDocument, { customerId: rich!.customerId, lotId: rich!.lotId }, v),
        viewer(),
      );
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
      report(`${_role} customer panel`, panel);
      expect(panel.count, panel.listed).toBeLessThanOrEqual(PANEL_LIMIT);
      expect(panel.trips, panel.listed).toBeLessThanOrEqual(ROUND_TRIPS.customerPanel);
    },
  );

  // Issue 15: the managers' two work queues read the same few statements however many rows they hold.
  it.each([
    ['cancellation queue', PaymentCancellationsDocument, 'paymentCancellations', QUEUE_LIMIT],
    ['refund approvals', RefundApprovalsDocument, 'refundApprovals', QUEUE_LIMIT],
  ] as const)('manager %s: at most 6 statements, the same with 8 more rows', async (_name, document, field, limit) => {
    const ours = (data: Record<string, any>) => data[field].filter((row: any) => String(row.case.code).startsWith('CNT-'));
    const small = await counted((v) => api.run(document, {}, v), world.manager);
    await addQueueRows(database.db, world, queueRowsAdded, 8);
    queueRowsAdded += 8;
    const large = await counted((v) => api.run(document, {}, v), world.manager);
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

  it('operator queues (the page polls them): the same round trips with 4 more waiting requests', async () => {
    const mine = (data: Record<string, any>, field: string) => data[field].filter((row: any) => row.lot.name.includes('계수'));
    // Waiting requests of each kind on the operator's own lots (0 and 2): one, then two more.
    const theirs = world.others.filter((c) => world.staffLotIds.includes(c.lotId)).slice(-3);
    const request = async (kase: CaseRow) => {
      await database.db.insert(exitRequests).values({ caseId: kase.id, lotId: kase.lotId, status: 'REQUESTED' });
      const [pass] = await database.db.select({ plate: passes.plate }).from(passes).where(eq(passes.id, kase.passId));
      await database.db
        .insert(registrationRequests)
        .values({ caseId: kase.id, lotId: kase.lotId, passId: kase.passId, plate: pass!.plate, status: 'REQUESTED' });
    };
    await request(theirs[0]!);
    const small = await counted((v) => api.run(OperatorRequestQueuesDocument, {}, v), world.staff);
    for (const kase of theirs.slice(1)) await request(kase);
    const large = await counted((v) => api.run(OperatorRequestQueuesDocument, {}, v), world.staff);
    expect(mine(large.data, 'exitRequestQueue').length).toBe(mine(small.data, 'exitRequestQueue').length + 2);
    expect(mine(large.data, 'registrationQueue').length).toBe(mine(small.data, 'registrationQueue').length + 2);
    for (const row of [...large.data.exitRequestQueue, ...large.data.registrationQueue]) {
      expect(row.customer.phoneMasked).toBeTruthy();
      expect(typeof row.overdue).toBe('boolean');
    }
    report('operator queues', large);
    expect(large.trips, large.listed).toBeLessThanOrEqual(ROUND_TRIPS.operatorQueue);
    expect(large.trips, large.listed).toBe(small.trips);
    expect(large.count, large.listed).toBe(small.count);
  });

  it('the session check: one round trip when this instance has not checked it for 5 s (the touch riding along), none within', async () => {
    const sessionId = await sessionOf(world.agent);
    forgetSession(sessionId);
    database.reset();
    expect(await resumeSession(database.db, sessionId)).toMatchObject({ id: world.agent.id });
    expect(database.roundTrips(), database.statements.join('\n---\n')).toBe(1);
    database.reset();
    expect(await resumeSession(database.db, sessionId)).toMatchObject({ id: world.agent.id });
    expect(database.roundTrips()).toBe(0);
  });

  it('outcome templates (read on the case page beside the case): one statement', async () => {
    const read = await counted((v) => api.run(OutcomeTemplatesDocument, {}, v), world.agent);
    expect(read.data.outcomeTemplates.length).toBeGreaterThanOrEqual(5);
    expect(read.count, read.listed).toBe(1);
  });

  it('the repeat-omission report’s top lots: at most 2 statements, the same for 2 lots as for 50', async () => {
    const document = `query ($month: Month!, $first: Int) {
      repeatOmissionReport(month: $month, first: $first) { totalCount rows { lot { id name operator { id name } } omissions } }
    }`;
    const small = await counted((v) => api.run(document, { month: COUNT_MONTH, first: 2 }, v), world.manager);
    const large = await counted((v) => api.run(document, { month: COUNT_MONTH, first: 50 }, v), world.manager);
    expect(small.data.repeatOmissionReport.rows).toHaveLength(2);
    expect(large.data.repeatOmissionReport.rows.length).toBe(large.data.repeatOmissionReport.totalCount);
    expect(large.data.repeatOmissionReport.totalCount).toBeGreaterThanOrEqual(4);
    expect(small.count, small.statements.join('\n---\n')).toBeLessThanOrEqual(REPORT_PAGE_LIMIT);
    expect(large.count, large.statements.join('\n---\n')).toBe(small.count);
  });

  it('the 12-month trend: one statement, none of it over cases', async () => {
    const trend = await counted(
      (v) =>
        api.run(
          'query ($month: Month!) { monthlyTrend(endMonth: $month, months: 12) { month omissions couponsIssued refundsCount } }',
          { month: COUNT_MONTH },
          v,
        ),
      world.manager,
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
    const read = await counted((v) => api.run(`query ($month: Month!) { ${selection} }`, { month: COUNT_MONTH }, v), world.manager);
    expect(read.count, read.statements.join('\n---\n')).toBeLessThanOrEqual(limit);
  });
});
