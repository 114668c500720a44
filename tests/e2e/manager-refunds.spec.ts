import { expect, test } from '@playwright/test';
import { customerWithPassAt } from './case-steps';
import { DEMO_PASSWORD, graphql, signInThroughApi, signInToHome } from './fixtures';
import { proposeOn } from './refund-steps';

// Issue 6, item 5 (and issue 15, item 12): refunds the agent proposed wait in the manager's queue
// with their case (a link), customer, lot, pass, basis, days, amount and the agent's reason; the
// manager approves one through a confirmation naming the amount, rejects another with a reason,
// the agent's case page shows the decision, and the queue ends empty.

const won = (amount: number) => `${amount.toLocaleString('ko-KR')}원`;

test('refunds: the manager approves one proposal after confirming its amount and rejects another with a reason; the case shows it; the queue empties', async ({
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
    const decided = await graphql(request, 'mutation ($id: ID!) { decideRefund(id: $id, approve: false, reason: "e2e 정리") { id } }', {
      id,
    });
    expect(decided.errors).toBeUndefined();
  }

  const agentContext = await browser.newContext();
  const agent = await agentContext.newPage();
  await signInToHome(agent, 'agent@demo.test', DEMO_PASSWORD);
  await expect(agent).toHaveURL(/\/agent$/);
  const agency = await proposeOn(agent.request, a.plate, 'basis: CONSUMER_AGENCY, usedDays: 7');
  const company = await proposeOn(
    agent.request,
    b.plate,
    'basis: COMPANY_POLICY, amount: 50000, reason: "3회째 등록 누락, 고객이 해지를 원함"',
  );
  // 소보원 basis: paid − floor(paid × used / available), the month's days being the available ones.
  const passes = await graphql(agent.request, '{ searchPasses(plate: "' + a.plate + '") { availableDays } }');
  const availableDays = (passes.data?.searchPasses as { availableDays: number }[])[0]?.availableDays ?? 0;
  expect(agency.amount).toBe(150000 - Math.floor((150000 * 7) / availableDays));
  expect(company.amount).toBe(50000);

  await signInToHome(page, 'manager@demo.test', DEMO_PASSWORD);
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
  // What the decision needs: the case as a link, the customer (phone masked), the lot, the reason.
  await expect(companyRow.getByRole('link', { name: company.code })).toHaveAttribute('href', `/manager/cases/${company.caseId}`);
  await expect(companyRow).toContainText('정우성');
  await expect(companyRow).toContainText(/010-\*{4}-\d{4}/);
  await expect(companyRow).toContainText(b.lotName);
  await expect(companyRow).toContainText('3회째 등록 누락, 고객이 해지를 원함');
  await expect(agencyRow).toContainText('사유 없음');
  await page.screenshot({ path: testInfo.outputPath('01-queue.png'), fullPage: true });

  // Approve: a confirmation that names the amount; cancelled, nothing happens.
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: `상담 ${agency.code} 환불 승인` }).click();
  const confirm = page.getByRole('dialog', { name: '환불 승인' });
  await expect(confirm).toContainText(`${won(agency.amount)} 환불을 승인할까요?`);
  await expect(confirm).toContainText(agency.code);
  await page.screenshot({ path: testInfo.outputPath('01b-approve-confirm.png'), fullPage: true });
  await confirm.getByRole('button', { name: '취소' }).click();
  await expect(confirm).toBeHidden();
  await expect(agencyRow).toHaveCount(1);
  await page.getByRole('button', { name: `상담 ${agency.code} 환불 승인` }).click();
  await confirm.getByRole('button', { name: '승인하기' }).click();
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
    (await graphql(agent.request, 'query ($id: ID!) { case(id: $id) { refunds { status } timeline { type detail } } }', { id })).data
      ?.case as {
      refunds: { status: string }[];
      timeline: { type: string; detail: string | null }[];
    };
  const approved = await stored(agency.caseId);
  expect(approved.refunds).toEqual([{ status: 'APPROVED' }]);
  expect(approved.timeline.at(-1)).toEqual({ type: 'REFUND_APPROVED', detail: `환불 ${won(agency.amount)} 승인` });
  const rejected = await stored(company.caseId);
  expect(rejected.refunds).toEqual([{ status: 'REJECTED' }]);
  expect(rejected.timeline.at(-1)).toEqual({
    type: 'REFUND_REJECTED',
    detail: '환불 50,000원 반려: 당사 환불 규정상 이용 10일 이후 환불 불가',
  });

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

test('refunds: an approval leaves the queue at once and comes back with the reason when the API refuses it', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const pass = await customerWithPassAt(request, () => true);
  const agentContext = await browser.newContext();
  await signInThroughApi(agentContext.request, 'agent@demo.test', DEMO_PASSWORD);
  const proposal = await proposeOn(agentContext.request, pass.plate, 'basis: COMPANY_POLICY, amount: 30000');
  await agentContext.close();

  await signInToHome(page, 'manager@demo.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/manager$/);
  await page.goto('/manager/refunds');
  const row = page.getByRole('row').filter({ hasText: proposal.code });
  await expect(row).toHaveCount(1);
  await page.waitForLoadState('networkidle');

  // The decision is held on its way and then refused, as the server would refuse it; every
  // other request goes through. Released only once the page has been looked at meanwhile.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let sent = 0;
  await page.route('**/api/graphql', async (route) => {
    if ((route.request().postDataJSON() as { operationName?: string } | null)?.operationName !== 'DecideRefund') return route.continue();
    sent += 1;
    await held;
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        data: null,
        errors: [{ message: '요청을 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      }),
    });
  });

  await page.getByRole('button', { name: `상담 ${proposal.code} 환불 승인` }).click();
  await page.getByRole('dialog', { name: '환불 승인' }).getByRole('button', { name: '승인하기' }).click();
  // Optimistic: the row is gone and the page says it is being approved, before any answer.
  await expect(row).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: `상담 ${proposal.code}의 환불을 승인하는 중…` })).toBeVisible();
  expect(sent).toBe(1);
  release();

  // Refused: the row is back, with what happened and why.
  await expect(row).toHaveCount(1);
  const refused = page.getByRole('alert').filter({ hasText: `상담 ${proposal.code}의 환불을 승인하지 못해 목록에 되돌려 놓았습니다.` });
  await expect(refused).toContainText('잠시 후 다시 시도해 주세요.');
  await expect(row.getByRole('button', { name: `상담 ${proposal.code} 환불 승인` })).toBeEnabled();
  // Nothing reached the server: the refund still waits.
  const waiting = await graphql(request, '{ refundApprovals { id status } }');
  expect(waiting.data?.refundApprovals).toContainEqual({ id: proposal.id, status: 'PROPOSED' });

  // Sent again without the interception, it is approved and stays gone, on the server too.
  await page.unroute('**/api/graphql');
  await row.getByRole('button', { name: `상담 ${proposal.code} 환불 승인` }).click();
  await page.getByRole('dialog', { name: '환불 승인' }).getByRole('button', { name: '승인하기' }).click();
  await expect(page.getByRole('status').filter({ hasText: `상담 ${proposal.code}의 환불을 승인했습니다.` })).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect(refused).toHaveCount(0);
  const after = await graphql(request, '{ refundApprovals { id } }');
  expect((after.data?.refundApprovals as { id: string }[]).map((refund) => refund.id)).not.toContain(proposal.id);
});
