import { expect } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { signInThroughPage, signInToHome, test } from './fixtures';

// The pages outside the three dashboards: sign-in (empty, with an error), 403 and 404.

test('a11y: the sign-in page, empty and after a failed sign-in', async ({ page, newAgent }) => {
  await page.goto('/login');
  await page.waitForLoadState('networkidle');
  await expectNoSeriousA11yViolations(page, 'sign-in');
  await signInThroughPage(page, newAgent.email, 'wrong-password-123');
  await expect(page.locator('form').getByRole('alert')).toHaveText('이메일 또는 비밀번호가 올바르지 않습니다.');
  await expectNoSeriousA11yViolations(page, 'sign-in with an error');
});

test('a11y: the 403 and 404 pages', async ({ page, newOperator }) => {
  await signInToHome(page, newOperator.email, newOperator.password);
  await expect(page).toHaveURL(/\/operator$/);
  expect((await page.goto('/manager'))?.status()).toBe(403);
  await expectNoSeriousA11yViolations(page, '403');
  expect((await page.goto('/no-such-page'))?.status()).toBe(404);
  await expectNoSeriousA11yViolations(page, '404');
});
