import { expect, test, type APIRequestContext } from '@playwright/test';
import { paymentCancellationCompletedSms } from '@/lib/domain/sms-templates';
import { JPEG_1X1 } from '../fixtures/receipt-samples';
import { customerWithPassAt, openVerifiedCase, uploadReceiptThroughApi } from './case-steps';
import { DEMO_PASSWORD, graphql, signInThroughApi, signInToHome } from './fixtures';

// Issue 15, item 8: an agent files the cancellation of an on-site payment; it waits in the
// managers' shared queue (linked from the dashboard's figure) with its case, lot, amount and
// receipt; the manager takes it, completes it after a confirmation naming the amount, and the
// customer's text is queued; the agent's case page shows the cancellation completed.

const AMOUNT = 6_500;

/** A verified case with a 6,500원 payment, its receipt and its cancellation filed, through the agent's API session. */
async function filedCancellation(agentApi: APIRequestContext, plate: string) {
  const caseId = await openVerifiedCase(agentApi, plate, 'OPERATOR_OMISSION');
  const recorded = await graphql(
    agentApi,
    'mutation ($id: ID!, $at: DateTime!) { recordOnsitePayment(caseId: $id, amount: 6500, paidAt: $at) { id } }',
    {
      id: caseId,
      at: new Date(Date.now() - 5 * 60_000).toISOString(),
    },
  );
  expect(recorded.errors).toBeUndefined();
  const paymentId = (recorded.data?.recordOnsitePayment as { id: string }).id;
  await uploadReceiptThroughApi(agentApi, paymentId, JPEG_1X1);
  const filed = await graphql(
    agentApi,
    'mutation ($id: ID!) { requestPaymentCancellation(onsitePaymentId: $id) { cancellation { id status } } }',
    { id: paymentId },
  );
  expect(filed.data?.requestPaymentCancellation).toMatchObject({ cancellation: { status: 'RECEIVED' } });
  const kase = await graphql(agentApi, 'query ($id: ID!) { case(id: $id) { code } }', { id: caseId });
  return { caseId, code: (kase.data?.case as { code: string }).code };
}

test('cancellations: from the dashboard figure to the queue, the manager takes and completes one; the customer is texted', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const { plate, lotName } = await customerWithPassAt(request, () => true);
  const agentContext = await browser.newContext();
  await signInThroughApi(agentContext.request, 'agent@demo.test', DEMO_PASSWORD);
  const filed = await filedCancellation(agentContext.request, plate);

  await signInToHome(page, 'manager@demo.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/manager$/);
  const figure = page.getByRole('region', { name: '현장결제 취소' });
  await expect(figure.getByText('처리 대기')).toBeVisible();
  await figure.getByRole('link', { name: '취소 요청 처리하기' }).click();
  await expect(page).toHaveURL(/\/manager\/cancellations$/);
  await expect(page.getByRole('heading', { level: 1, name: '현장결제 취소' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '현장결제 취소' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  const row = page.getByRole('row').filter({ hasText: filed.code });
  await expect(row).toContainText('접수');
  await expect(row).toContainText(lotName);
  await expect(row).toContainText('6,500원');
  await expect(row).toContainText('관리자 공동');
  await expect(row.getByRole('link', { name: filed.code })).toHaveAttribute('href', `/manager/cases/${filed.caseId}`);
  await expect(row.getByRole('link', { name: '영수증 보기' })).toHaveAttribute('href', /^\/api\/receipts\//);
  await page.screenshot({ path: testInfo.outputPath('01-queue.png'), fullPage: true });

  // Take it: it becomes the manager's, 처리 중.
  await page.waitForLoadState('networkidle');
  await row.getByRole('button', { name: `상담 ${filed.code} 취소 요청 맡기` }).click();
  await expect(page.getByRole('status').filter({ hasText: `상담 ${filed.code}의 취소 요청을 맡았습니다.` })).toBeVisible();
  await expect(row).toContainText('처리 중');
  await expect(row).toContainText('박서연');
  await expect(row.getByRole('button', { name: `상담 ${filed.code} 취소 요청 맡기` })).toHaveCount(0);

  // Complete it: the confirmation names the case and the amount; cancelling it changes nothing.
  await row.getByRole('button', { name: `상담 ${filed.code} 취소 완료` }).click();
  const dialog = page.getByRole('dialog', { name: '현장결제 취소 완료' });
  await expect(dialog).toContainText(`상담 ${filed.code}의 현장결제 6,500원 취소를 완료할까요?`);
  await page.screenshot({ path: testInfo.outputPath('02-confirm.png'), fullPage: true });
  await dialog.getByRole('button', { name: '취소' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('처리 중');
  await row.getByRole('button', { name: `상담 ${filed.code} 취소 완료` }).click();
  await dialog.getByRole('button', { name: '완료하기' }).click();
  await expect(page.getByRole('status').filter({ hasText: `상담 ${filed.code}의 현장결제 취소를 완료했습니다.` })).toBeVisible();
  await expect(row).toHaveCount(0);

  // Settled ones have their own view.
  await page.getByRole('button', { name: '처리 완료·반려' }).click();
  await expect(page.getByRole('row').filter({ hasText: filed.code })).toContainText('완료');
  await page.screenshot({ path: testInfo.outputPath('03-settled.png'), fullPage: true });

  // The database: completed, the customer's text queued; the agent's page shows it beside the payment.
  const stored = await graphql(
    agentContext.request,
    'query ($id: ID!) { case(id: $id) { onsitePayments { cancellation { status resolvedAt } } messages { body } timeline { type } } }',
    { id: filed.caseId },
  );
  const kase = stored.data?.case as {
    onsitePayments: { cancellation: { status: string } }[];
    messages: { body: string }[];
    timeline: { type: string }[];
  };
  expect(kase.onsitePayments[0]?.cancellation.status).toBe('COMPLETED');
  expect(kase.messages.map((m) => m.body)).toContain(paymentCancellationCompletedSms({ amount: AMOUNT, caseCode: filed.code }));
  expect(kase.timeline.map((e) => e.type)).toEqual(
    expect.arrayContaining(['PAYMENT_CANCELLATION_STARTED', 'PAYMENT_CANCELLATION_COMPLETED']),
  );

  const agent = await agentContext.newPage();
  await agent.goto(`/agent/cases/${filed.caseId}`);
  await expect(agent.locator('.payment-summary').filter({ hasText: '6,500원' })).toContainText('취소 완료');
  await agent.screenshot({ path: testInfo.outputPath('04-agent.png'), fullPage: true });
  await agentContext.close();
});
