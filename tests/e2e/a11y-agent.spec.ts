import { expect, test, type Browser, type Page } from '@playwright/test';
import { JPEG_1X1 } from '../fixtures/receipt-samples';
import { expectNoSeriousA11yViolations } from './axe';
import { caseRecords, couponDueCase, customerWithPassAt, freshCase } from './case-steps';
import { DEMO_PASSWORD, newAccount, signInThroughApi, type NewAccount } from './fixtures';

// Issue 9: axe on every page of the agent's area in its main states, in Korean, and the loaded
// states in English: no serious or critical violation.

let englishAgent: Promise<NewAccount> | null = null;

/** A page signed in as an agent, in Korean (the demo agent) or English (an agent of its own who reads it). */
async function agentPage(browser: Browser, locale: 'ko' | 'en'): Promise<Page> {
  // The account's setting wins over the cookie, so English is tried on an account of its own:
  // the demo agent stays Korean for every other spec of the run.
  const { email, password } =
    locale === 'en'
      ? await (englishAgent ??= newAccount('AGENT', { locale: 'EN' }))
      : { email: 'agent@demo.test', password: DEMO_PASSWORD };
  const context = await browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
  // The context's request shares the page's cookies: the session is the page's too.
  await signInThroughApi(context.request, email, password);
  const page = await context.newPage();
  await page.goto('/agent');
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  return page;
}

test('a11y: /agent — loaded list, empty filter result, error state (ko), loaded (en)', async ({ browser }) => {
  // Four axe runs in two browsers: past the default 30 s on a busy machine.
  test.setTimeout(60_000);
  const page = await agentPage(browser, 'ko');
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousA11yViolations(page, '/agent loaded');

  await page.getByLabel('차량번호').fill('99허9999');
  await page.getByRole('button', { name: '검색', exact: true }).click();
  await expect(page.getByText('조건에 맞는 상담이 없습니다.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, '/agent empty filter result');

  await page.route('**/api/graphql', (route) => route.abort());
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: '서버에 연결하지 못했습니다.' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, '/agent error');
  await page.context().close();

  const en = await agentPage(browser, 'en');
  await expect(en.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();
  await expect(en.getByRole('table')).toBeVisible();
  await expectNoSeriousA11yViolations(en, '/agent loaded (en)');
  await en.context().close();
});

test('a11y: /agent/cases/new — before a search, with results (ko), with results (en)', async ({ browser, request }) => {
  const { plate } = await customerWithPassAt(request, () => true);
  for (const locale of ['ko', 'en'] as const) {
    const page = await agentPage(browser, locale);
    await page.goto('/agent/cases/new');
    await page.waitForLoadState('networkidle');
    if (locale === 'ko') {
      await expect(page.getByText('고객의 정기권을 찾아 주세요.')).toBeVisible();
      await expectNoSeriousA11yViolations(page, '/agent/cases/new empty search');
    }
    const search = page.getByRole('search');
    await search.getByRole('textbox').first().fill(plate);
    await search.getByRole('button').click();
    await expect(page.getByRole('table')).toBeVisible();
    await page.getByRole('row').nth(1).getByRole('button').click();
    await expect(page.getByRole('radio').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, `/agent/cases/new results and the open-case form (${locale})`);
    await page.context().close();
  }
});

test('a11y: a case — fresh, deep in the flow, the coupon dialog open (ko), loaded (en); the print view (ko, en)', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const fresh = await freshCase(request);
  const records = await caseRecords(request, JPEG_1X1);
  const due = await couponDueCase(request);

  const page = await agentPage(browser, 'ko');
  await page.goto(`/agent/cases/${fresh}`);
  await expect(page.getByRole('button', { name: '본인 확인 완료' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'case fresh');

  await page.goto(`/agent/cases/${records.couponCaseId}`);
  await expect(page.getByRole('link', { name: '영수증 보기' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'case deep in the flow');

  await page.goto(`/agent/cases/${due}`);
  await page.getByRole('button', { name: '쿠폰 지급 (3,000원)' }).click();
  await expect(page.getByRole('dialog', { name: '쿠폰 지급 확인' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'case with the coupon dialog open');
  await page.keyboard.press('Escape');

  await page.goto(`/cases/${records.couponCaseId}/print`);
  await expect(page.getByRole('button', { name: '인쇄' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'print view');
  await page.context().close();

  const en = await agentPage(browser, 'en');
  await en.goto(`/agent/cases/${records.couponCaseId}`);
  await expect(en.getByRole('link', { name: 'View receipt' })).toBeVisible();
  // The script stays Korean, word for word, with its English gloss under it.
  const line = en.locator('p[lang="ko"]', { hasText: '정확한 안내를 위해 확인 후 안내 도와드리겠습니다.' });
  await expect(line).toBeVisible();
  await expect(line.locator('xpath=following-sibling::p[@lang="en"][1]')).toHaveText(
    'To give you accurate information, I’ll check first and then help you.',
  );
  await expectNoSeriousA11yViolations(en, 'case deep in the flow (en)');
  await en.goto(`/cases/${records.refundCaseId}/print`);
  await expect(en.getByRole('button', { name: 'Print' })).toBeVisible();
  await expectNoSeriousA11yViolations(en, 'print view (en)');
  await en.context().close();
});
