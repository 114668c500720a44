import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { DEMO_PASSWORD, graphql, signInThroughApi, signInThroughPage } from './fixtures';

// The English switch, remembered per user. Each test makes its own agent, so a language left
// switched by a failed run never reaches the demo accounts other specs sign in with.

const PASSWORD = 'language-test-password-1';

async function newAgent(browser: Browser): Promise<string> {
  const admin = await browser.newContext();
  try {
    await signInThroughApi(admin.request, 'manager@demo.test', DEMO_PASSWORD);
    const email = `language-${Date.now()}-${Math.floor(Math.random() * 1e6)}@test.local`;
    const made = await graphql(admin.request, 'mutation ($i: UserInput!) { createUser(input: $i) { id } }', {
      i: { name: '언어 테스트', email, password: PASSWORD, role: 'AGENT', operatorId: null },
    });
    expect(made.errors).toBeUndefined();
    return email;
  } finally {
    await admin.close();
  }
}

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
  const email = await newAgent(browser);
  await signInThroughPage(page, email, PASSWORD);
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
    await signInThroughPage(other, email, PASSWORD);
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
