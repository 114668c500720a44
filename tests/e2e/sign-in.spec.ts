import { expect } from '@playwright/test';
import { DEMO_PASSWORD, graphql, ROLES, signInThroughApi, signInThroughPage, test } from './fixtures';

// Next adds an empty role="alert" route announcer to every page, so alerts are found by text.
const WRONG_CREDENTIALS = '이메일 또는 비밀번호가 올바르지 않습니다.';

for (const account of ROLES) {
  test(`sign-in: ${account.role} signs in through the page and lands on ${account.home}`, async ({ page }) => {
    await signInThroughPage(page, account.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`${account.home}$`));
    await expect(page.getByRole('heading', { level: 1, name: account.heading })).toBeVisible();
    const answer = await graphql(page.request, '{ viewer { role email } }');
    expect(answer.data?.viewer).toEqual({ role: account.role, email: account.email });
  });

  test(`sign-in: ${account.role} signs in through /api/auth/callback/credentials`, async ({ request }) => {
    await signInThroughApi(request, account.email, DEMO_PASSWORD);
    const answer = await graphql(request, '{ viewer { role } }');
    expect(answer.data?.viewer).toEqual({ role: account.role });
  });
}

test('sign-in: a wrong password gets a clear message and no session', async ({ page, newAgent }) => {
  await signInThroughPage(page, newAgent.email, 'wrong-password-123');
  await expect(page.getByRole('alert').filter({ hasText: WRONG_CREDENTIALS })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  const session = await (await page.request.get('/api/auth/session')).json();
  expect(session).toEqual({});
  expect((await graphql(page.request, '{ viewer { id } }')).data?.viewer).toBeNull();
  await page.goto('/agent');
  await expect(page).toHaveURL(/\/login/);
});

test('sign-in: an unknown email gets the same message as a wrong password', async ({ page }) => {
  await signInThroughPage(page, 'nobody@demo.test', DEMO_PASSWORD);
  await expect(page.getByRole('alert').filter({ hasText: WRONG_CREDENTIALS })).toBeVisible();
});

test('sign-out: the session ends and the dashboard needs a sign-in again', async ({ page, newManager }) => {
  await signInThroughPage(page, newManager.email, newManager.password);
  await expect(page).toHaveURL(/\/manager$/);
  await page.getByRole('button', { name: '로그아웃' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/manager');
  await expect(page).toHaveURL(/\/login/);
});
