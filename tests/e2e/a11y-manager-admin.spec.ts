import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { customerWithPassAt } from './case-steps';
import { DEMO_PASSWORD, graphql, newAccount, signInThroughApi, type NewAccount } from './fixtures';
import { proposeOn } from './refund-steps';

// Issue 9, acceptance 1 for the manager's administration pages: axe finds nothing serious or
// critical on policy, refunds, accounts, targets and the access log, loaded, empty, failed,
// with each dialog open and with a form showing its errors; in Korean, and loaded in English.
// Nothing here changes what other specs rely on: dialogs are cancelled and forms never sent.

test.use({ viewport: { width: 1280, height: 900 } });

const PAGES = [
  { path: '/manager/policy', ko: '보상 정책', en: 'Compensation policy' },
  { path: '/manager/refunds', ko: '환불 승인', en: 'Refund approvals' },
  { path: '/manager/cancellations', ko: '현장결제 취소', en: 'Payment cancellations' },
  { path: '/manager/users', ko: '계정 관리', en: 'Accounts' },
  { path: '/manager/targets', ko: '처리 목표 시간', en: 'Response targets' },
  { path: '/manager/access-log', ko: '개인정보 접근 기록', en: 'Personal data access log' },
] as const;

/** Opens a page and waits until its data has arrived (no loading state left). */
async function open(page: Page, path: string, heading: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** Signs the page's context in as the demo manager, through the API (the page shares its cookies). */
async function signIn(page: Page) {
  await signInThroughApi(page.request, 'manager@demo.test', DEMO_PASSWORD);
}

test.describe('a11y: manager administration in Korean', () => {
  test.beforeEach(async ({ page }) => signIn(page));

  for (const { path, ko } of PAGES) {
    test(`${path} loaded`, async ({ page }) => {
      await open(page, path, ko);
      await expect(page.getByRole('table').first()).toBeVisible();
      await expectNoSeriousA11yViolations(page, `${path} loaded`);
    });

    test(`${path} when the API fails`, async ({ page }) => {
      await page.route('**/api/graphql', (route) =>
        route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({
            errors: [{ message: '데이터베이스에 잠시 연결할 수 없습니다.', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
          }),
        }),
      );
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: ko })).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: '잠시 후 다시 시도해 주세요.' }).first()).toBeVisible();
      await expectNoSeriousA11yViolations(page, `${path} error`);
    });
  }

  test('refunds: the queue with nothing waiting', async ({ page }) => {
    // The queue is shared with other specs, so it is shown empty by answering this one query
    // with an empty list rather than by deciding the refunds that wait in it.
    await page.route('**/api/graphql', async (route) => {
      if ((route.request().postDataJSON() as { operationName?: string } | null)?.operationName !== 'RefundApprovals')
        return route.continue();
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ data: { refundApprovals: [] } }) });
    });
    await open(page, '/manager/refunds', '환불 승인');
    await expect(page.getByText('승인을 기다리는 환불이 없습니다.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'refunds empty');
  });

  test('refunds: the reject dialog open, its reason typed', async ({ page, browser, request }) => {
    const waiting = await graphql(page.request, '{ refundApprovals { case { code } } }');
    let code = (waiting.data?.refundApprovals as { case: { code: string } }[])[0]?.case.code;
    if (!code) {
      const pass = await customerWithPassAt(request, () => true);
      const agent = await browser.newContext();
      await signInThroughApi(agent.request, 'agent@demo.test', DEMO_PASSWORD);
      code = (await proposeOn(agent.request, pass.plate, 'basis: COMPANY_POLICY, amount: 10000')).code;
      await agent.close();
    }
    await open(page, '/manager/refunds', '환불 승인');
    await page.getByRole('button', { name: `상담 ${code} 환불 반려` }).click();
    const dialog = page.getByRole('dialog', { name: '환불 반려' });
    await expect(dialog).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'refunds reject dialog (empty reason)');
    await dialog.getByLabel('반려 사유').fill('a11y 점검');
    await expectNoSeriousA11yViolations(page, 'refunds reject dialog (reason typed)');
    await dialog.getByRole('button', { name: '취소' }).click();
    await expect(dialog).toBeHidden();
  });

  test('users: no account matches the search', async ({ page }) => {
    await open(page, '/manager/users', '계정 관리');
    await page.getByRole('searchbox', { name: '검색' }).fill('아무도-없는-이름-zzz');
    await expect(page.getByText('조건에 맞는 계정이 없습니다.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'users no match');
  });

  test('users: the deactivate dialog open', async ({ page }) => {
    await open(page, '/manager/users', '계정 관리');
    await page.getByRole('searchbox', { name: '검색' }).fill('agent@demo.test');
    await page.getByRole('button', { name: /agent@demo\.test\) 계정 비활성화$/ }).click();
    const dialog = page.getByRole('dialog', { name: '계정을 비활성화할까요?' });
    await expect(dialog).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'users deactivate dialog');
    await dialog.getByRole('button', { name: '취소' }).click();
    await expect(dialog).toBeHidden();
  });

  test('users: the new-account form with its errors', async ({ page }) => {
    await open(page, '/manager/users', '계정 관리');
    await page.getByRole('button', { name: '새 계정' }).click();
    await page.getByRole('button', { name: '계정 만들기' }).click();
    await expect(page.getByText('이름을 입력해 주세요.')).toBeVisible();
    await expect(page.getByLabel('이름', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousA11yViolations(page, 'users form errors');
    const form = page.getByRole('region', { name: '새 계정' });
    await form.getByLabel('역할').selectOption({ label: '운영사' });
    await form.getByLabel('이름', { exact: true }).fill('점검');
    await page.getByRole('button', { name: '계정 만들기' }).click();
    await expect(page.getByText('운영사 계정은 소속 운영사를 선택해야 합니다.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'users form errors (operator)');
  });

  test('policy: the new-version form with its errors', async ({ page }) => {
    await open(page, '/manager/policy', '보상 정책');
    await page.getByRole('button', { name: '정책 추가' }).click();
    await expect(page.getByText('시행일을 골라 주세요.')).toBeVisible();
    await expect(page.getByLabel('시행일')).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'policy form errors');
  });

  test('targets: a box with an error', async ({ page }) => {
    await open(page, '/manager/targets', '처리 목표 시간');
    const box = page.getByRole('spinbutton').first();
    await box.fill('0');
    await page
      .getByRole('button', { name: / 목표 저장$/ })
      .first()
      .click();
    await expect(page.getByText('1분 이상이어야 합니다.')).toBeVisible();
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousA11yViolations(page, 'targets field error');
  });

  test('access log: a search with no match, and dates the wrong way round', async ({ page }) => {
    await open(page, '/manager/access-log?subjectId=no-such-subject-a11y', '개인정보 접근 기록');
    await expect(page.getByText('조건에 맞는 접근 기록이 없습니다.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'access log no match');
    await page.getByLabel('시작일').fill('2026-04-10');
    await page.getByLabel('종료일').fill('2026-04-01');
    await page.getByRole('button', { name: '검색', exact: true }).click();
    await expect(page.getByText('종료일은 시작일과 같거나 그 뒤여야 합니다.')).toBeVisible();
    await expect(page.getByLabel('종료일')).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'access log range error');
  });
});

test.describe('a11y: manager administration in English', () => {
  // The language follows the account, so English is tried on a manager account of its own: the
  // demo manager stays Korean for every other spec.
  let english: NewAccount;

  test.beforeAll(async () => {
    english = await newAccount('MANAGER', { locale: 'EN' });
  });

  test.beforeEach(async ({ page }) => signInThroughApi(page.request, english.email, english.password));

  for (const { path, en } of PAGES) {
    test(`${path} loaded`, async ({ page }) => {
      await open(page, path, en);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('table').first()).toBeVisible();
      await expectNoSeriousA11yViolations(page, `${path} loaded (en)`);
    });
  }
});
