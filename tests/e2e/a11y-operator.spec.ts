import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { signInToHome } from './fixtures';
import { OPERATOR_PASSWORD, ownOperator, requestExit, requestRegistration, verifiedCaseAt, type OwnOperator } from './operator-requests';

// Issue 9, acceptance 1 for the operator's page: axe finds nothing serious or critical on
// /operator with empty queues, with waiting requests, with the reject dialog open, when the
// API fails, and loaded in English. Each test has an operator company of its own, so its
// queues hold exactly what it made.

test.use({ viewport: { width: 1280, height: 900 } });

/** Signs a new page in as the test's operator and waits for the desk to be live. */
async function openDesk(page: Page, lot: OwnOperator) {
  await signInToHome(page, lot.email, OPERATOR_PASSWORD);
  await expect(page).toHaveURL(/\/operator$/);
  await expect(page.getByText('실시간 갱신 중', { exact: false })).toBeVisible();
}

test('a11y operator: empty queues', async ({ page, request }) => {
  const lot = await ownOperator(request);
  await openDesk(page, lot);
  await expect(page.getByText('대기 중인 출차 요청이 없습니다.')).toBeVisible();
  await expect(page.getByText('대기 중인 차량등록 요청이 없습니다.')).toBeVisible();
  await expect(page.getByRole('heading', { name: lot.lotName })).toBeVisible();
  await expectNoSeriousA11yViolations(page, '/operator empty');
});

test('a11y operator: waiting requests, a selected row, and the reject dialog open', async ({ page, request, playwright }) => {
  test.setTimeout(60_000);
  const lot = await ownOperator(request);
  const agent = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const one = await verifiedCaseAt(request, agent, lot.lotName);
  const two = await verifiedCaseAt(request, agent, lot.lotName);
  await requestExit(agent, one.caseId);
  await requestRegistration(agent, one.caseId);
  const acknowledged = await requestRegistration(agent, two.caseId);
  await agent.dispose();

  await openDesk(page, lot);
  const row = page.locator(`[data-row-key="registration:${acknowledged}"]`);
  await row.getByRole('button', { name: '확인' }).click();
  await expect(row.getByRole('button', { name: '반려' })).toBeEnabled();
  await page.keyboard.press('j');
  await expect(page.locator('[aria-selected="true"]')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, '/operator loaded');

  await row.getByRole('button', { name: '반려' }).click();
  const dialog = page.getByRole('dialog', { name: '차량등록 요청 반려' });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page, '/operator reject dialog');
  // Sent empty, the reason is marked invalid and says so.
  await dialog.getByRole('button', { name: '반려하기' }).click();
  await expect(dialog.getByLabel('반려 사유')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('반려 사유를 입력해 주세요.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, '/operator reject dialog, reason missing');
});

test('a11y operator: the API fails', async ({ page, request }) => {
  const lot = await ownOperator(request);
  await signInToHome(page, lot.email, OPERATOR_PASSWORD);
  await expect(page).toHaveURL(/\/operator$/);
  await page.route('**/api/graphql', (route) =>
    route.fulfill({ status: 503, contentType: 'application/json', body: '{"errors":[{"message":"down"}]}' }),
  );
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: '데이터베이스에 잠시 연결할 수 없습니다.' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: '다시 시도' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, '/operator error');
});

test('a11y operator: loaded, in English', async ({ browser, request, playwright }) => {
  test.setTimeout(60_000);
  const lot = await ownOperator(request);
  const agent = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const one = await verifiedCaseAt(request, agent, lot.lotName);
  await requestExit(agent, one.caseId);
  await requestRegistration(agent, one.caseId);
  await agent.dispose();

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await openDesk(page, lot);
  // The header's switch saves English on the account and renders the page again.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Requests' })).toBeVisible();
  await expect(page.getByText('Live · last update', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exit done' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check' })).toBeVisible();
  await expect(page).toHaveTitle(/^\(2\) Requests/);
  await expectNoSeriousA11yViolations(page, '/operator loaded, English');
  await context.close();
});
