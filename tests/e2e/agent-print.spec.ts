import { expect } from '@playwright/test';
import { JPEG_1X1 } from '../fixtures/receipt-samples';
import { caseRecords } from './case-steps';
import { graphql, signInToHome, test } from './fixtures';

// Issue 9: a print view of a case for the records — timeline, payments with receipts, coupons,
// refunds — for agents and managers only.

test('print view: the agent prints a case with its timeline, on-site payment and receipt, coupon, and a refund claim with its refund', async ({
  page,
  request,
  newAgent,
}) => {
  test.setTimeout(90_000);
  const records = await caseRecords(request, JPEG_1X1);
  await signInToHome(page, newAgent.email, newAgent.password);
  await expect(page).toHaveURL(/\/agent$/);

  // From the case page, as an agent finds it.
  await page.goto(`/agent/cases/${records.couponCaseId}`);
  await page.getByRole('link', { name: '인쇄용 보기' }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${records.couponCaseId}/print$`));
  await expect(page.getByRole('button', { name: '인쇄' })).toBeVisible();
  const timeline = page.getByRole('region', { name: '처리 이력', exact: true });
  for (const event of ['상담 접수', '본인 확인', '현장결제 기록', '영수증 첨부', '쿠폰 지급']) {
    await expect(timeline.getByText(event, { exact: true }).first()).toBeVisible();
  }
  const payments = page.getByRole('region', { name: '현장결제와 영수증', exact: true });
  const row = payments.getByRole('row').filter({ hasText: '12,000원' });
  await expect(row.getByText('영수증 첨부됨')).toBeVisible();
  await expect(row.getByRole('link', { name: '영수증 보기' })).toHaveAttribute('href', /\/api\/receipts\//);
  await expect(page.getByRole('region', { name: '쿠폰', exact: true }).getByText('Parking CS 3,000원 쿠폰')).toBeVisible();
  await expect(page.getByRole('region', { name: '환불', exact: true }).getByText('환불 제안이 없습니다.')).toBeVisible();
  // What the page lists is what the API holds.
  const stored = await graphql(
    page.request,
    'query ($id: ID!) { case(id: $id) { coupons { amount } onsitePayments { amount hasReceipt } } }',
    {
      id: records.couponCaseId,
    },
  );
  expect(stored.data?.case).toEqual({ coupons: [{ amount: 3000 }], onsitePayments: [{ amount: 12000, hasReceipt: true }] });

  await page.goto(`/cases/${records.refundCaseId}/print`);
  const refunds = page.getByRole('region', { name: '환불', exact: true });
  await expect(refunds.getByText('소보원 기준 환불', { exact: false })).toBeVisible();
  await expect(refunds.getByText('제안됨')).toBeVisible();
  await expect(refunds.getByText('실제 이용 10일')).toBeVisible();
  await expect(page.getByRole('region', { name: '처리 이력', exact: true }).getByText('환불 제안', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: '쿠폰', exact: true }).getByText('지급한 쿠폰이 없습니다.')).toBeVisible();

  // On paper: no toolbar, each part on its own page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '인쇄' })).toBeHidden();
  expect(await page.getByRole('region', { name: '환불', exact: true }).evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
});

test('print view: a manager may print a case and goes back to the manager’s case page', async ({ page, request, newManager }) => {
  const records = await caseRecords(request, JPEG_1X1);
  await signInToHome(page, newManager.email, newManager.password);
  await expect(page).toHaveURL(/\/manager$/);
  await page.goto(`/manager/cases/${records.couponCaseId}`);
  await page.getByRole('link', { name: '인쇄용 보기' }).click();
  await expect(page.getByRole('region', { name: '쿠폰', exact: true }).getByText('Parking CS 3,000원 쿠폰')).toBeVisible();
  await page.getByRole('link', { name: '← 상담으로 돌아가기' }).click();
  await expect(page).toHaveURL(new RegExp(`/manager/cases/${records.couponCaseId}$`));
});

test('print view: an operator gets 403, a stranger the sign-in page', async ({ page, request, newOperator }) => {
  const records = await caseRecords(request, JPEG_1X1);
  const stranger = await page.goto(`/cases/${records.couponCaseId}/print`);
  await expect(page).toHaveURL(/\/login$/);
  expect(stranger?.ok()).toBe(true);

  await signInToHome(page, newOperator.email, newOperator.password);
  await expect(page).toHaveURL(/\/operator$/);
  const response = await page.goto(`/cases/${records.couponCaseId}/print`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: '403 — 이 페이지를 볼 권한이 없습니다.' })).toBeVisible();
  await expect(page.getByText('Parking CS 3,000원 쿠폰')).toHaveCount(0);
});
