import { expect, test, type Page } from '@playwright/test';
import type { Locale } from '@/graphql/generated/client/graphql';
import { kstMonthOf } from '@/lib/domain/kst-month';
import { expectNoSeriousA11yViolations } from './axe';
import { graphql, newAccount, signInToHome } from './fixtures';

// Issue 9, acceptance 1 for the manager's report and case lists: axe finds nothing serious or
// critical on /manager, /manager/cases and /manager/cases/[id] in their main states, in Korean,
// and loaded in English.

// A month long before the demo data: the report's empty state.
const EMPTY_MONTH = '2020-01';

/**
 * Signs the page in, through the sign-in page, as a new manager account that reads `locale`: an
 * account of its own, so English never reaches the demo manager other specs read in Korean.
 */
async function signInAsManager(page: Page, locale: Locale = 'KO') {
  const { email, password } = await newAccount('MANAGER', { locale });
  await signInToHome(page, email, password);
  await expect(page).toHaveURL(/\/manager$/);
  await expect(page.locator('html')).toHaveAttribute('lang', locale.toLowerCase());
}

/** The report has drawn: its figures, both charts' code, and the heat map. */
async function reportLoaded(page: Page) {
  await expect(page.getByRole('heading', { name: '최근 12개월 추이' })).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await expect(page.getByRole('table', { name: /주차장·월별 정기권 등록 누락/ })).toBeVisible();
}

/** Every GraphQL request answers 503, as when the database is away. */
async function failGraphql(page: Page) {
  await page.route('**/api/graphql', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ errors: [{ message: 'unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }),
    }),
  );
}

/** The id of one demo case with omissions this month, read through the manager's own session. */
async function someCaseId(page: Page): Promise<string> {
  const listed = await graphql(page.request, 'query ($f: CaseFilter) { cases(filter: $f, first: 1) { edges { node { id } } } }', {
    f: { month: kstMonthOf(new Date()) },
  });
  const id = (listed.data?.cases as { edges: { node: { id: string } }[] }).edges[0]?.node.id;
  expect(id).toBeTruthy();
  return id as string;
}

test.describe('a11y: the manager report', () => {
  test('/manager loaded, a month without data, and the API down', async ({ page }) => {
    test.setTimeout(90_000);
    await signInAsManager(page);
    await reportLoaded(page);
    await expectNoSeriousA11yViolations(page, '/manager loaded');

    await page.getByLabel('기준 월').fill(EMPTY_MONTH);
    await expect(page.getByRole('heading', { name: '2020년 1월 현황' })).toBeVisible();
    await expect(page.getByText('이 달의 데이터가 없습니다.')).toBeVisible();
    await expect(page.getByText('2020년 1월 현황을 불러오는 중…')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, '/manager empty month');

    await failGraphql(page);
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: '데이터베이스에 잠시 연결할 수 없습니다.' }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: '다시 시도' }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/manager error');
  });

  test('/manager loaded in English', async ({ page }) => {
    test.setTimeout(60_000);
    await signInAsManager(page, 'EN');
    await expect(page.getByRole('heading', { level: 1, name: 'Lots and operators' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Last 12 months' })).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await expect(page.getByRole('table', { name: /Pass omissions per lot and month/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/manager loaded (en)');
  });
});

test.describe('a11y: the manager case lists', () => {
  test('/manager/cases loaded, empty, the bulk confirmation, a bulk job running and stopped', async ({ page }) => {
    test.setTimeout(90_000);
    await signInAsManager(page);
    const month = kstMonthOf(new Date());
    await page.goto(`/manager/cases?month=${month}&kind=OPERATOR_OMISSION&counted=1`);
    const table = page.getByRole('table', { name: /최근 접수 순/ });
    await expect(table.getByRole('link', { name: /^VOC-/ }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/manager/cases loaded');

    await page.goto(`/manager/cases?month=${EMPTY_MONTH}`);
    await expect(page.getByText('조건에 맞는 상담이 없습니다.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/manager/cases empty');

    await page.goto(`/manager/cases?month=${month}&kind=OPERATOR_OMISSION&counted=1`);
    await page.getByLabel(/^조건에 맞는 [\d,]+건 모두 선택$/).check();
    await page.getByLabel('메모', { exact: true }).fill('접근성 점검 메모');
    await page.getByRole('button', { name: '메모 추가' }).click();
    const dialog = page.getByRole('dialog', { name: '메모 일괄 추가' });
    await expect(dialog).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/manager/cases bulk confirmation open');

    // The first batch is held on its way, so the job shows its progress; then the connection
    // drops, so it stops with nothing changed and offers to resume.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/graphql', async (route) => {
      if (route.request().postData()?.includes('RunBulkCaseJobBatch')) {
        await held;
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    await dialog.getByRole('button', { name: '메모 추가' }).click();
    await expect(page.getByText('메모 추가 진행 중')).toBeVisible();
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/manager/cases bulk job running');

    release();
    await expect(page.getByRole('alert').filter({ hasText: '‘이어서 진행’을 누르면 이어서 처리합니다.' })).toBeVisible();
    await expect(page.getByRole('button', { name: '이어서 진행' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/manager/cases bulk job stopped');
  });

  test('/manager/cases loaded in English', async ({ page }) => {
    test.setTimeout(60_000);
    await signInAsManager(page, 'EN');
    await page.goto(`/manager/cases?month=${kstMonthOf(new Date())}&kind=OPERATOR_OMISSION&counted=1`);
    await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: /Newest first, page 1/ })
        .getByRole('link', { name: /^VOC-/ })
        .first(),
    ).toBeVisible();
    await expect(page.getByLabel(/^Select all \d+ matching cases?$/)).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/manager/cases loaded (en)');
  });
});

test.describe('a11y: one case as the manager reads it', () => {
  test('/manager/cases/[id] loaded, not found, and the API down', async ({ page }) => {
    test.setTimeout(60_000);
    await signInAsManager(page);
    const id = await someCaseId(page);
    await page.goto(`/manager/cases/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: /^상담 VOC-/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: '처리 이력' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/manager/cases/[id] loaded');

    await page.goto('/manager/cases/00000000-0000-4000-8000-000000000000');
    await expect(page.getByText('상담을 찾을 수 없습니다.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/manager/cases/[id] not found');

    await failGraphql(page);
    await page.goto(`/manager/cases/${id}`);
    await expect(page.getByRole('alert').filter({ hasText: '데이터베이스에 잠시 연결할 수 없습니다.' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/manager/cases/[id] error');
  });

  test('/manager/cases/[id] loaded in English', async ({ page }) => {
    test.setTimeout(60_000);
    await signInAsManager(page, 'EN');
    const id = await someCaseId(page);
    await page.goto(`/manager/cases/${id}`);
    await expect(page.getByRole('complementary', { name: 'Compensation and texts' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/manager/cases/[id] loaded (en)');
  });
});
