import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, graphql, signInThroughPage, signInToHome } from './fixtures';

// Issue 6: the manager's people and response-targets pages; acceptance 6: a deactivated user's
// open session stops working at its next request, and signing in again fails.
// Every account and operator touched here is made by the test itself: the demo accounts stay
// as other specs expect them (the manager only signs in).

const WRONG_CREDENTIALS = '이메일 또는 비밀번호가 올바르지 않습니다.';
const PASSWORD = 'people-spec-pass-2026';

test.use({ viewport: { width: 1280, height: 800 } });

let serial = 0;
/** A name part no other run or test shares. */
function stamp(): string {
  serial += 1;
  return `${Date.now().toString(36)}${serial}`;
}

/** Signs the page in as the demo manager and opens a manager page from the menu. */
async function openAsManager(page: Page, menuLabel: string, heading: string) {
  await signInToHome(page, 'manager@demo.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/manager$/);
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: menuLabel }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  // Typing before React has hydrated the page is lost.
  await page.waitForLoadState('networkidle');
}

/** A new operator company, made through the API with the manager's session. */
async function newOperator(request: APIRequestContext): Promise<{ id: string; name: string }> {
  const made = await graphql(request, 'mutation ($i: OperatorInput!) { createOperator(input: $i) { id name } }', {
    i: { name: `e2e운영 ${stamp()}` },
  });
  expect(made.errors).toBeUndefined();
  return made.data?.createOperator as { id: string; name: string };
}

/** The account as the database has it now, read through the manager's `users` query. */
async function storedUser(request: APIRequestContext, email: string) {
  const answer = await graphql(request, '{ users { id email role active operator { id } } }');
  expect(answer.errors).toBeUndefined();
  return (answer.data?.users as { id: string; email: string; role: string; active: boolean; operator: { id: string } | null }[]).find(
    (u) => u.email === email,
  );
}

test('people: the manager creates an agent account through the page, and the new agent can sign in', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  await openAsManager(page, '계정 관리', '계정 관리');
  await expect(page.getByRole('rowheader', { name: /박서연/ })).toBeVisible();
  await page.getByRole('button', { name: '새 계정' }).click();
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: '계정 만들기' }) });
  await expect(page.getByLabel('이름', { exact: true })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('01-users-empty-form.png'), fullPage: true });

  // Nothing filled: every field says what it needs, and nothing is sent.
  await form.getByRole('button', { name: '계정 만들기' }).click();
  await expect(form.getByText('이름을 입력해 주세요.')).toBeVisible();
  await expect(form.getByText('이메일을 입력해 주세요.')).toBeVisible();
  await expect(form.getByText('초기 비밀번호를 입력해 주세요.')).toBeVisible();
  await expect(form.getByText('역할을 선택해 주세요.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('01b-users-required-errors.png'), fullPage: true });

  // 운영사 needs an operator: the select appears only for that role.
  const operatorSelect = page.getByLabel('소속 운영사');
  await expect(operatorSelect).toHaveCount(0);
  await form.getByLabel('역할').selectOption({ label: '운영사' });
  await expect(operatorSelect).toBeVisible();
  await form.getByLabel('역할').selectOption({ label: '상담사' });
  await expect(operatorSelect).toHaveCount(0);

  const name = `신입상담 ${stamp()}`;
  const email = `people-agent-${stamp()}@test.local`;
  await page.getByLabel('이름', { exact: true }).fill(name);
  await page.getByLabel('초기 비밀번호').fill('short-pass');
  // An email already in use: only the API knows; its refusal lands on the email field.
  await page.getByLabel('이메일').fill('Agent@Demo.test');
  await form.getByRole('button', { name: '계정 만들기' }).click();
  await expect(form.getByText('비밀번호는 12자 이상이어야 합니다.')).toBeVisible();
  await page.getByLabel('초기 비밀번호').fill(PASSWORD);
  await form.getByRole('button', { name: '계정 만들기' }).click();
  await expect(form.getByText('이미 사용 중인 이메일입니다.')).toBeVisible();
  await expect(page.getByLabel('이메일')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('이메일')).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('02-users-validation-error.png'), fullPage: true });

  await page.getByLabel('이메일').fill(email);
  await form.getByRole('button', { name: '계정 만들기' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name}(${email}) 상담사 계정을 만들었습니다.` })).toBeVisible();
  await expect(page.getByRole('button', { name: '계정 만들기' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '새 계정' })).toBeFocused();
  await page.getByRole('searchbox', { name: '검색' }).fill(email);
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell', { name: '상담사' })).toBeVisible();
  await expect(row.getByText('활성', { exact: true })).toBeVisible();
  expect(await storedUser(page.request, email)).toMatchObject({ role: 'AGENT', active: true, operator: null });

  // The new agent signs in with the initial password, in a browser of their own.
  const agentContext = await browser.newContext();
  try {
    const agent = await agentContext.newPage();
    await signInThroughPage(agent, email, PASSWORD);
    await expect(agent).toHaveURL(/\/agent$/);
    await expect(agent.getByRole('heading', { level: 1, name: '상담 처리' })).toBeVisible();
    expect((await graphql(agent.request, '{ viewer { email role } }')).data?.viewer).toEqual({ email, role: 'AGENT' });
  } finally {
    await agentContext.close();
  }
});

test('people: a user deactivated by the manager loses their open session at the next request and cannot sign in again', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  await openAsManager(page, '계정 관리', '계정 관리');
  const operator = await newOperator(page.request);
  const name = `현장직원 ${stamp()}`;
  const email = `people-operator-${stamp()}@test.local`;
  const made = await graphql(page.request, 'mutation ($i: UserInput!) { createUser(input: $i) { id } }', {
    i: { name, email, password: PASSWORD, role: 'OPERATOR', operatorId: operator.id },
  });
  expect(made.errors).toBeUndefined();

  // The operator works in a second browser, signed in through the page.
  const staffContext = await browser.newContext();
  const freshContext = await browser.newContext();
  try {
    const staff = await staffContext.newPage();
    await signInThroughPage(staff, email, PASSWORD);
    await expect(staff).toHaveURL(/\/operator$/);
    await expect(staff.getByRole('heading', { level: 1, name: '요청 처리' })).toBeVisible();
    expect((await graphql(staff.request, '{ serverTime }')).errors).toBeUndefined();

    // The manager deactivates them through the page, after a confirmation.
    await page.reload();
    await page.waitForLoadState('networkidle');
    await page.getByRole('searchbox', { name: '검색' }).fill(email);
    await page.getByRole('button', { name: `${name}(${email}) 계정 비활성화` }).click();
    const dialog = page.getByRole('dialog', { name: '계정을 비활성화할까요?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(email);
    await page.screenshot({ path: testInfo.outputPath('03-users-deactivate-dialog.png'), fullPage: true });
    await dialog.getByRole('button', { name: '비활성화' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: `${name}(${email}) 계정을 비활성화했습니다.` })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: email });
    await expect(row.getByText('비활성', { exact: true })).toBeVisible();
    await expect(row.getByRole('button', { name: `${name}(${email}) 계정 다시 활성화` })).toBeVisible();
    expect(await storedUser(page.request, email)).toMatchObject({ active: false });
    await page.screenshot({ path: testInfo.outputPath('03b-users-inactive-row.png'), fullPage: true });

    // Their open page's very next request: the reload lands on sign-in, although the browser
    // still holds its session cookie (the server re-reads the account on every request).
    await staff.reload();
    await expect(staff).toHaveURL(/\/login/);
    await expect(staff.getByRole('button', { name: '로그인' })).toBeVisible();
    expect((await staffContext.cookies()).some((cookie) => cookie.name.includes('next-auth.session-token'))).toBe(true);
    const refused = await graphql(staff.request, '{ serverTime }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.data ?? null).toBeNull();
    expect((await graphql(staff.request, '{ viewer { id } }')).data?.viewer).toBeNull();
    expect((await staff.request.get('/operator', { maxRedirects: 0 })).status()).toBeGreaterThanOrEqual(300);

    // Signing in afresh with the right password fails with the usual message.
    const fresh = await freshContext.newPage();
    await signInThroughPage(fresh, email, PASSWORD);
    await expect(fresh.getByRole('alert').filter({ hasText: WRONG_CREDENTIALS })).toBeVisible();
    await expect(fresh).toHaveURL(/\/login/);
    expect((await graphql(fresh.request, '{ viewer { id } }')).data?.viewer).toBeNull();

    // Reactivated, the same password works again.
    await page.getByRole('button', { name: `${name}(${email}) 계정 다시 활성화` }).click();
    const again = page.getByRole('dialog', { name: '계정을 다시 활성화할까요?' });
    await again.getByRole('button', { name: '다시 활성화' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${name}(${email}) 계정을 다시 활성화했습니다.` })).toBeVisible();
    expect(await storedUser(page.request, email)).toMatchObject({ active: true });
    await signInThroughPage(fresh, email, PASSWORD);
    await expect(fresh).toHaveURL(/\/operator$/);
  } finally {
    await staffContext.close();
    await freshContext.close();
  }
});

test('people: the manager’s own row has no deactivate button', async ({ page }) => {
  await openAsManager(page, '계정 관리', '계정 관리');
  await page.getByRole('searchbox', { name: '검색' }).fill('manager@demo.test');
  const own = page.getByRole('row').filter({ hasText: 'manager@demo.test' });
  await expect(own.getByText('본인 계정')).toBeVisible();
  await expect(own.getByRole('button')).toHaveCount(0);
});

test('targets: an operator’s edited targets are saved and still there after a reload', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  await signInToHome(page, 'manager@demo.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/manager$/);
  const operator = await newOperator(page.request);
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '처리 목표' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '처리 목표 시간' })).toBeVisible();
  await page.waitForLoadState('networkidle');

  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: operator.name }) });
  const exit = page.getByLabel(`${operator.name} 출차 확인 목표(분)`);
  const registration = page.getByLabel(`${operator.name} 차량등록 완료 목표(분)`);
  const save = row.getByRole('button', { name: `${operator.name} 목표 저장` });
  await expect(row.getByText('기본값')).toBeVisible();
  await expect(exit).toHaveValue('5');
  await expect(registration).toHaveValue('1440');
  await expect(save).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('04-targets.png'), fullPage: true });

  // Out of bounds: the row says why and nothing is saved.
  await exit.fill('0');
  await registration.fill('50000');
  await save.click();
  await expect(row.getByText('1분 이상이어야 합니다.')).toBeVisible();
  await expect(row.getByText('43,200분(30일) 이하여야 합니다.')).toBeVisible();
  await expect(exit).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('05-targets-validation-error.png'), fullPage: true });
  const stored = async () => {
    const answer = await graphql(
      page.request,
      '{ responseTargets { operator { id } exitAckMinutes registrationConfirmMinutes isDefault } }',
    );
    return (answer.data?.responseTargets as { operator: { id: string } }[]).find((t) => t.operator.id === operator.id);
  };
  expect(await stored()).toMatchObject({ exitAckMinutes: 5, registrationConfirmMinutes: 1440, isDefault: true });

  await exit.fill('7');
  await registration.fill('120');
  await expect(row.getByText('= 2시간')).toBeVisible();
  await registration.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: `${operator.name}의 목표를 저장했습니다: 출차 확인 7분, 차량등록 완료 120분 (2시간).` }),
  ).toBeVisible();
  await expect(row.getByText('개별 설정')).toBeVisible();
  await expect(save).toBeDisabled();
  expect(await stored()).toMatchObject({ exitAckMinutes: 7, registrationConfirmMinutes: 120, isDefault: false });

  await page.reload();
  await expect(exit).toHaveValue('7');
  await expect(registration).toHaveValue('120');
  await expect(row.getByText('개별 설정')).toBeVisible();
});
