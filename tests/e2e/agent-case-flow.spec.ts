import { expect } from '@playwright/test';
import { JPEG_1X1 } from '../fixtures/receipt-samples';
import { customerWithPassAt, openAndVerify } from './case-steps';
import { graphql, signInToHome, test } from './fixtures';

// The whole scripted flow of issue 4, as an agent of its own in Chromium, on a customer made for
// this test (so the seeded months do not change who is eligible).

test('agent: the whole flow on a lot without a call button, then the 2nd omission gets the coupon and the 3rd says why not', async ({
  page,
  request,
  newAgent,
}, testInfo) => {
  test.setTimeout(120_000);
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const { plate } = await customerWithPassAt(request, (lot) => lot.integration === 'NON_LINKED' && !lot.hasExitCallButton);
  await signInToHome(page, newAgent.email, newAgent.password);
  await expect(page).toHaveURL(/\/agent$/);

  // 1st contact: the scripted flow from the first word to the closed case.
  const firstId = await openAndVerify(page, plate);
  await shot('01-verified');
  await expect(page.getByText('이 주차장은 출차부에 호출버튼이 없습니다', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: '현장 출차 요청' }).click();
  await expect(page.getByText('요청됨').first()).toBeVisible();
  await shot('02-exit-requested');

  await page.getByLabel('결제 금액 (원)').fill('12000');
  await page.getByRole('button', { name: '현장결제 기록' }).click();
  await expect(page.getByText('12,000원').first()).toBeVisible();
  await page.getByLabel('영수증 파일').setInputFiles({ name: 'receipt.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(JPEG_1X1) });
  await page.getByRole('button', { name: '영수증 올리기' }).click();
  await expect(page.getByRole('link', { name: '영수증 보기' })).toBeVisible();
  await shot('03-payment-and-receipt');

  await page.getByRole('button', { name: '정기권 등록 요청' }).click();
  await expect(page.getByRole('status').filter({ hasText: '등록' })).toBeVisible();
  await page.getByLabel('처리 결과').fill('현장 출차 처리, 현장결제 영수증 첨부, 운영사 등록 요청');
  await page.getByRole('button', { name: '상담 종결' }).click();
  await expect(page.getByText('종결된 상담입니다. 기록을 볼 수만 있습니다.')).toBeVisible();
  await shot('04-resolved');

  // What the page showed is what the database holds.
  const stored = await graphql(
    page.request,
    `
      query ($id: ID!) {
        case(id: $id) {
          status
          exitRequests {
            status
          }
          registrationRequests {
            status
            plate
          }
          onsitePayments {
            amount
            hasReceipt
          }
          timeline {
            type
          }
        }
      }
    `,
    { id: firstId },
  );
  const first = stored.data?.case as {
    status: string;
    exitRequests: unknown[];
    registrationRequests: { plate: string }[];
    onsitePayments: { amount: number; hasReceipt: boolean }[];
    timeline: { type: string }[];
  };
  expect(first.status).toBe('RESOLVED');
  expect(first.exitRequests).toHaveLength(1);
  expect(first.registrationRequests).toEqual([{ status: 'REQUESTED', plate }]);
  expect(first.onsitePayments).toEqual([{ amount: 12000, hasReceipt: true }]);
  expect(first.timeline.map((e) => e.type)).toEqual(
    expect.arrayContaining([
      'CASE_OPENED',
      'IDENTITY_VERIFIED',
      'EXIT_REQUESTED',
      'ONSITE_PAYMENT_RECORDED',
      'RECEIPT_ATTACHED',
      'REGISTRATION_REQUESTED',
      'CASE_RESOLVED',
    ]),
  );

  // 2nd omission in the same KST month: eligible, and the coupon is issued after confirming.
  const secondId = await openAndVerify(page, plate);
  await expect(page.getByText('쿠폰 지급 대상', { exact: true })).toBeVisible();
  await expect(page.getByText('이번 달 누락 2회')).toBeVisible();
  await shot('05-second-eligible');
  await page.getByRole('button', { name: '쿠폰 지급 (3,000원)' }).click();
  await expect(page.getByRole('dialog', { name: '쿠폰 지급 확인' })).toBeVisible();
  await page.getByRole('button', { name: '쿠폰 지급하기' }).click();
  await expect(page.getByRole('status').filter({ hasText: '쿠폰을 지급했습니다.' })).toBeVisible();
  await shot('06-coupon-issued');
  const coupons = await graphql(page.request, 'query ($id: ID!) { case(id: $id) { coupons { amount } } }', { id: secondId });
  expect((coupons.data?.case as { coupons: unknown[] }).coupons).toEqual([{ amount: 3000 }]);

  // 3rd: not eligible, and the page says why.
  await openAndVerify(page, plate);
  await expect(page.getByText('쿠폰 지급 대상 아님')).toBeVisible();
  await expect(page.getByText('이번 달 보상 쿠폰이 이미 지급되었습니다.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: '쿠폰 지급 (3,000원)' })).toBeDisabled();
  await shot('07-third-why-not');
});
