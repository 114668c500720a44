import { expect, test, type APIRequestContext } from '@playwright/test';
import { formatKstIso } from '@/lib/domain/calendar';
import { customerWithPassAt } from './case-steps';
import { DEMO_PASSWORD, graphql, signInThroughPage } from './fixtures';

// Issue 6, item 5: refunds the agent proposed wait in the manager's queue with their pass,
// basis and amount; the manager approves one with one click, rejects another with a reason,
// the agent's case page shows the decision, and the queue ends empty.

const won = (amount: number) => `${amount.toLocaleString('ko-KR')}원`;

interface Proposed {
  caseId: string;
  code: string;
  amount: number;
}

/** A refund-claim case opened and verified through the API, with a refund proposed on it. */
async function proposeOn(agentApi: APIRequestContext, plate: string, refund: string): Promise<Proposed> {
  const found = await graphql(agentApi, 'query ($p: String!) { searchPasses(plate: $p) { id } }', { p: plate });
  const passId = (found.data?.searchPasses as { id: string }[])[0]?.id;
  const opened = await graphql(agentApi, 'mutation ($i: OpenCaseInput!) { openCase(input: $i) { id code } }', {
    i: { passId, kind: 'REFUND_CLAIM', incidentAt: formatKstIso(new Date()) },
  });
  expect(opened.errors).toBeUndefined();
  const { id, code } = opened.data?.openCase as { id: string; code: string };
  expect((await graphql(agentApi, 'mutation ($id: ID!) { verifyIdentity(caseId: $id) { id } }', { id })).errors).toBeUndefined();
  const proposed = await graphql(agentApi, `mutation ($id: ID!) { proposeRefund(caseId: $id, ${refund}) { amount status } }`, { id });
  expect(proposed.errors).toBeUndefined();
  expect((proposed.data?.proposeRefund as { status: string }).status).toBe('PROPOSED');
  return { caseId: id, code, amount: (proposed.data?.proposeRefund as { amount: number }).amount };
}

test('refunds: the manager approves one proposal with one click and rejects another with a reason; the case shows it; the queue empties', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  // Two customers with this month's pass (150,000원 over the month's days); `request` is the manager.
  const a = await customerWithPassAt(request, () => true);
  const b = await customerWithPassAt(request, () => true);
  // The demo data leaves a company-policy refund waiting; decide what was there before this test
  // so the queue holds only its own two rows (rejected: the seeded pass stays ACTIVE).
  const before = await graphql(request, '{ refundApprovals { id } }');
  for (const { id } of before.data?.refundApprovals as { id: string }[]) {
    const decided = await graphql(request, 'mutation ($id: ID!) { decideRefund(id: $id, approve: false, reason: "e2e 정리") { id } }', { id });
    expect(decided.errors).toBeUndefined();
  }

  const agentContext = await browser.newContext();
  const agent = await agentContext.newPage();
  await signInThroughPage(agent, 'agent@demo.test', DEMO_PASSWORD);
  await expect(agent).toHaveURL(/\/agent$/);
  const agency = await proposeOn(agent.request, a.plate, 'basis: CONSUMER_AGENCY, usedDays: 7');
  const company = await proposeOn(agent.request, b.plate, 'basis: COMPANY_POLICY, amount: 50000');
  // 소보원 basis: paid − floor(paid × used / available), the month's days being the available ones.
  const passes = await graphql(agent.request, '{ searchPasses(plate: "' + a.plate + '") { availableDays } }');
  const availableDays = (passes.data?.searchPasses as { availableDays: number }[])[0]?.availableDays ?? 0;
  expect(agency.amount).toBe(150000 - Math.floor((150000 * 7) / availableDays));
  expect(company.amount).toBe(50000);

  await signInThroughPage(page, 'manager@demo.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/manager$/);
  await page.goto('/manager/refunds');
  await expect(page.getByRole('heading', { level: 1, name: '환불 승인' })).toBeVisible();
  await expect(page.getByText('제안이 오래된 순, 2건')).toBeVisible();
  const agencyRow = page.getByRole('row').filter({ hasText: agency.code });
  const companyRow = page.getByRole('row').filter({ hasText: company.code });
  await expect(agencyRow).toContainText(a.plate);
  await expect(agencyRow).toContainText('소보원 기준');
  await expect(agencyRow).toContainText('150,000원');
  await expect(agencyRow).toContainText(`7/${availableDays}일`);
  await expect(agencyRow).toContainText(won(agency.amount));
  await expect(companyRow).toContainText(b.plate);
  await expect(companyRow).toContainText('당사 정책');
  await expect(companyRow).toContainText('50,000원');
  await page.screenshot({ path: testInfo.outputPath('01-queue.png'), fullPage: true });

  // Approve: one click, no dialog.
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: `상담 ${agency.code} 환불 승인` }).click();
  await expect(page.getByRole('status').filter({ hasText: `상담 ${agency.code}의 환불을 승인했습니다.` })).toBeVisible();
  await expect(agencyRow).toHaveCount(0);

  // Reject: the dialog wants a reason before it lets the manager send.
  await page.getByRole('button', { name: `상담 ${company.code} 환불 반려` }).click();
  const dialog = page.getByRole('dialog', { name: '환불 반려' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: '반려하기' })).toBeDisabled();
  await dialog.getByLabel('반려 사유').fill('당사 환불 규정상 이용 10일 이후 환불 불가');
  await page.screenshot({ path: testInfo.outputPath('02-reject-dialog.png'), fullPage: true });
  await dialog.getByRole('button', { name: '반려하기' }).click();
  await expect(page.getByRole('status').filter({ hasText: `상담 ${company.code}의 환불을 반려했습니다.` })).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('승인을 기다리는 환불이 없습니다.')).toBeVisible();
  // Empty on the server too, not only in this page's memory.
  await page.reload();
  await expect(page.getByText('승인을 기다리는 환불이 없습니다.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('03-empty.png'), fullPage: true });

  // The database holds both decisions, and the agent's case page shows them.
  const stored = async (id: string) =>
    (await graphql(agent.request, 'query ($id: ID!) { case(id: $id) { refunds { status } timeline { type detail } } }', { id })).data?.case as {
      refunds: { status: string }[];
      timeline: { type: string; detail: string | null }[];
    };
  const approved = await stored(agency.caseId);
  expect(approved.refunds).toEqual([{ status: 'APPROVED' }]);
  expect(approved.timeline.at(-1)).toEqual({ type: 'REFUND_APPROVED', detail: `환불 ${won(agency.amount)} 승인` });
  const rejected = await stored(company.caseId);
  expect(rejected.refunds).toEqual([{ status: 'REJECTED' }]);
  expect(rejected.timeline.at(-1)).toEqual({ type: 'REFUND_REJECTED', detail: '환불 50,000원 반려: 당사 환불 규정상 이용 10일 이후 환불 불가' });

  await agent.goto(`/agent/cases/${agency.caseId}`);
  const agencyTimeline = agent.getByRole('region', { name: '처리 이력' });
  await expect(agencyTimeline.getByText('환불 승인', { exact: true })).toBeVisible();
  await expect(agencyTimeline.getByText(`환불 ${won(agency.amount)} 승인`)).toBeVisible();
  await expect(agent.getByRole('list', { name: '환불 제안' })).toContainText('승인');
  await agent.screenshot({ path: testInfo.outputPath('04-agent-approved.png'), fullPage: true });

  await agent.goto(`/agent/cases/${company.caseId}`);
  const companyTimeline = agent.getByRole('region', { name: '처리 이력' });
  await expect(companyTimeline.getByText('환불 반려', { exact: true })).toBeVisible();
  await expect(companyTimeline.getByText('당사 환불 규정상 이용 10일 이후 환불 불가', { exact: false })).toBeVisible();
  await expect(agent.getByRole('list', { name: '환불 제안' })).toContainText('반려');
  await agent.screenshot({ path: testInfo.outputPath('05-agent-rejected.png'), fullPage: true });
  await agentContext.close();
});
