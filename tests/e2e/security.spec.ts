import { expect } from '@playwright/test';
import { newAccount, signInThroughApi, signInThroughPage, test } from './fixtures';

test('security headers: a nonce CSP without unsafe-inline scripts, no framing, nosniff, and the page still runs', async ({
  page,
  newAgent,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/login');
  const headers = response?.headers() ?? {};
  const policy = headers['content-security-policy'] ?? '';
  const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(scriptSrc).not.toContain('unsafe-eval');
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');

  // A fresh nonce for every page view.
  const again = (await page.request.get('/login')).headers()['content-security-policy'];
  expect(again).not.toBe(policy);

  // The scripts carrying the nonce ran: the form signs in and the dashboard renders.
  await signInThroughPage(page, newAgent.email, newAgent.password);
  await expect(page).toHaveURL(/\/agent$/);
  expect(violations).toEqual([]);
});

test('session cookie: httpOnly and SameSite=Lax', async ({ page, context, newAgent }) => {
  await signInThroughApi(page.request, newAgent.email, newAgent.password);
  const cookie = (await context.cookies()).find((c) => c.name.endsWith('next-auth.session-token'));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
});

test('lockout: after 5 wrong passwords the page says sign-in is locked for 15 minutes, even with the right one', async ({ browser }) => {
  // An account of its own, so no other test meets its lock.
  const { email, password } = await newAccount('AGENT');

  const context = await browser.newContext();
  const page = await context.newPage();
  const wrong = page.getByRole('alert').filter({ hasText: '이메일 또는 비밀번호가 올바르지 않습니다.' });
  for (let i = 0; i < 5; i += 1) {
    await signInThroughPage(page, email, `wrong-password-${i}`);
    await expect(wrong).toBeVisible();
  }
  await signInThroughPage(page, email, password);
  await expect(page.getByRole('alert').filter({ hasText: '15분 동안 로그인할 수 없습니다' })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await context.close();
});
