import { expect, test } from '@playwright/test';
import { JPEG_1X1 } from '../fixtures/receipt-samples';
import { customerWithPassAt } from './case-steps';
import { graphql } from './fixtures';
import { openPage, openPalette, signInNew, tabTo } from './keyboard-helpers';

// Issue 9, acceptance 3: an agent handles a whole case with the keyboard alone, from the palette
// to the resolved case. Only page.keyboard: no click, no fill; the receipt is the one file the
// browser's own file chooser (opened by Space on the file field) is given.

test('keyboard only: palette → new case → pass by plate → verify → exit request → registration → payment and receipt → resolved', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(150_000);
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const { plate } = await customerWithPassAt(request, (lot) => !lot.hasExitCallButton);
  await signInNew(page, 'AGENT');
  await openPage(page, '/agent');

  // Ctrl+K, "새 상담", Enter: the new case page, with focus on its heading.
  const palette = await openPalette(page);
  await page.keyboard.type('새 상담');
  const newCase = palette.getByRole('option', { name: /새 상담 시작/ });
  await expect(newCase).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/agent\/cases\/new$/);
  await expect(page.getByRole('heading', { level: 1, name: '새 상담' })).toBeFocused();

  // Find the caller's pass by plate and start the case on it.
  await tabTo(page, page.getByLabel('차량번호'));
  await page.keyboard.type(plate);
  await page.keyboard.press('Enter');
  const start = page.getByRole('row').filter({ hasText: plate }).getByRole('button', { name: '이 정기권으로 상담 시작' });
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '2. 상담 정보' })).toBeFocused();
  const omission = page.getByRole('radio', { name: '일반차량으로 인식(운영사 정기권 등록누락)' });
  await tabTo(page, omission);
  await page.keyboard.press('Space');
  await expect(omission).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: '상담 접수' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/agent\/cases\/[0-9a-f-]{36}$/);
  const caseId = page.url().split('/').at(-1) ?? '';
  await expect(page.getByText('본인 확인 후 진행할 수 있습니다.').first()).toBeVisible();
  await shot('01-case-opened');

  // ".": the next action of the flow gets focus, Enter does it.
  const next = async (name: string) => {
    await page.keyboard.press('.');
    await expect(page.getByRole('button', { name })).toBeFocused();
    await page.keyboard.press('Enter');
  };
  await next('본인 확인 완료');
  await expect(page.getByRole('status').filter({ hasText: '본인 확인을 기록했습니다.' })).toBeVisible();
  await next('현장 출차 요청');
  await expect(page.getByRole('status').filter({ hasText: '현장 출차 요청을 보냈습니다.' })).toBeVisible();
  await next('정기권 등록 요청');
  await expect(page.getByRole('status').filter({ hasText: '운영사에 정기권 등록을 요청했습니다.' })).toBeVisible();
  await shot('02-exit-and-registration');

  // "3": step ③'s heading, never a field (the next digit would be typed into it); Tab goes on.
  await page.keyboard.press('3');
  await expect(page.getByRole('heading', { level: 2, name: /③/ })).toBeFocused();
  await page.keyboard.press('4');
  await expect(page.getByRole('heading', { level: 2, name: /④/ })).toBeFocused();
  await page.keyboard.press('3');
  await tabTo(page, page.getByLabel('결제 금액 (원)'));
  await expect(page.getByLabel('결제 금액 (원)')).toHaveValue('');
  await page.keyboard.type('12000');
  await tabTo(page, page.getByRole('button', { name: '현장결제 기록' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('12,000원').first()).toBeVisible();

  // The payment asks for its receipt next: "." goes to the file field, Space opens the chooser.
  await page.keyboard.press('.');
  await expect(page.getByLabel('영수증 파일')).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles({ name: 'receipt.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(JPEG_1X1) });
  await tabTo(page, page.getByRole('button', { name: '영수증 올리기' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: '영수증 보기' })).toBeVisible();
  await next('현장결제 취소 접수');
  // The cancellation is a work item now: the payment shows where it stands (접수) and its due time.
  await expect(page.getByRole('listitem').filter({ hasText: '12,000원' }).getByText('취소 접수', { exact: true })).toBeVisible();
  await shot('03-payment-cancelled');

  // Nothing else is due (a first omission earns no coupon): "." goes to the outcome.
  await page.keyboard.press('.');
  const outcome = page.getByLabel('처리 결과');
  await expect(outcome).toBeFocused();
  await page.keyboard.type('현장 출차 처리, 현장결제 영수증 첨부·취소 접수, 운영사 등록 요청');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '상담 종결' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('종결된 상담은 읽기 전용입니다.')).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.getByText('종결된 상담이라 다음 조치가 없습니다.')).toBeVisible();
  await shot('04-resolved');

  // What the page showed is what the database holds.
  const stored = await graphql(
    page.request,
    `
      query ($id: ID!) {
        case(id: $id) {
          status
          outcome
          identityVerified
          pass {
            plate
          }
          exitRequests {
            status
          }
          registrationRequests {
            status
          }
          onsitePayments {
            amount
            hasReceipt
            cancellationRequested
          }
          timeline {
            type
          }
        }
      }
    `,
    { id: caseId },
  );
  expect(stored.errors).toBeUndefined();
  const kase = stored.data?.case as Record<string, unknown> & { timeline: { type: string }[] };
  expect(kase).toMatchObject({
    status: 'RESOLVED',
    outcome: '현장 출차 처리, 현장결제 영수증 첨부·취소 접수, 운영사 등록 요청',
    identityVerified: true,
    pass: { plate },
    exitRequests: [{ status: 'REQUESTED' }],
    registrationRequests: [{ status: 'REQUESTED' }],
    onsitePayments: [{ amount: 12000, hasReceipt: true, cancellationRequested: true }],
  });
  expect(kase.timeline.map((event) => event.type)).toEqual(
    expect.arrayContaining([
      'CASE_OPENED',
      'IDENTITY_VERIFIED',
      'EXIT_REQUESTED',
      'REGISTRATION_REQUESTED',
      'ONSITE_PAYMENT_RECORDED',
      'RECEIPT_ATTACHED',
      'PAYMENT_CANCELLATION_REQUESTED',
      'CASE_RESOLVED',
    ]),
  );
});
