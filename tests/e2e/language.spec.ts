import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { graphql, newAccount, signInThroughPage } from './fixtures';

// The English switch, remembered per user. Each test makes its own agent, so a language left
// switched by a failed run never reaches the demo accounts other specs sign in with.

async function expectKorean(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '상담 처리' })).toBeVisible();
  await expect(page.getByRole('button', { name: '로그아웃' })).toBeVisible();
}

async function expectEnglish(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Cases' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

test('language: the sign-in page switches to English and back', async ({ page }) => {
  await page.goto('/login');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('button', { name: '로그인' })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Parking CS Portal' })).toBeVisible();
  await expect(page.getByLabel('Email')).toBeVisible();
  await expect(page).toHaveTitle('Sign in · Parking CS Portal');
  await expectNoSeriousA11yViolations(page, 'sign-in, English');

  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1, name: '주차 CS 포털' })).toBeVisible();
  await expect(page).toHaveTitle('로그인 · 주차 CS 포털');
});

test('language: an agent switches to English, it follows them to another browser, and back to Korean', async ({ browser, page }) => {
  const { email, password } = await newAccount('AGENT');
  await signInThroughPage(page, email, password);
  await expect(page).toHaveURL(/\/agent$/);
  await expectKorean(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expectEnglish(page);
  const saved = await graphql(page.request, '{ viewer { locale } }');
  expect(saved.data?.viewer).toEqual({ locale: 'EN' });

  // Another browser with no cookie of ours: the account's setting decides.
  const elsewhere = await browser.newContext();
  try {
    const other = await elsewhere.newPage();
    await signInThroughPage(other, email, password);
    await expect(other).toHaveURL(/\/agent$/);
    await expectEnglish(other);
  } finally {
    await elsewhere.close();
  }

  await page.reload();
  await expectEnglish(page);
  await page.getByRole('button', { name: '한국어' }).click();
  await expectKorean(page);
  expect((await graphql(page.request, '{ viewer { locale } }')).data?.viewer).toEqual({ locale: 'KO' });

  // After sign-out the sign-in page keeps speaking the account's last language.
  await page.getByRole('button', { name: '로그아웃' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});
