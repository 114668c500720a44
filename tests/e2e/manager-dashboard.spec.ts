import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import { kstMonthOf, previousMonth } from '@/lib/domain/kst-month';
import { signInToHome, test } from './fixtures';

test('manager: picks a month, drills from a lot’s omission count to exactly those cases, and downloads them as CSV', async ({
  page,
  newManager,
}, testInfo) => {
  test.setTimeout(90_000);
  await signInToHome(page, newManager.email, newManager.password);
  await expect(page).toHaveURL(/\/manager$/);

  const month = kstMonthOf(new Date());
  await page.getByLabel('기준 월').fill(month);
  await expect(page.getByRole('heading', { name: '최근 12개월 추이' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '주차장별 누락' })).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('01-dashboard.png'), fullPage: true });

  // The scorecard's CSV: the chosen month, one row per operator the table shows.
  const [scorecard] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /^운영사 성적표 .+ CSV 내려받기$/ }).click(),
  ]);
  expect(scorecard.suggestedFilename()).toBe(`operator-scorecard-${month}.csv`);
  const scorecardCsv = await readFile(await scorecard.path(), 'utf8');
  expect(scorecardCsv.charCodeAt(0)).toBe(0xfeff);
  const scorecardLines = scorecardCsv.slice(1).trimEnd().split('\r\n');
  expect(scorecardLines[0]?.startsWith('운영사,누락(건),반복 고객(명),쿠폰(건),쿠폰 금액(원),')).toBe(true);
  const operatorRows = page.getByRole('table', { name: /운영사별 누락·보상·출차 처리/ }).locator('tbody tr');
  expect(scorecardLines).toHaveLength((await operatorRows.count()) + 1);
  await expect(page.getByText(`operator-scorecard-${month}.csv 파일을 내려받았습니다.`)).toBeVisible();

  // The seeded current month has omissions; take the first lot whose count is not zero.
  const link = page.getByRole('link', { name: /누락 [1-9][\d,]*건 상담 보기/ }).first();
  const count = Number(((await link.textContent()) ?? '').replace(/[^\d]/g, ''));
  expect(count).toBeGreaterThan(0);
  await link.click();
  await expect(page).toHaveURL(/\/manager\/cases\?/);
  await expect(page.getByText(`상담 ${count}건`)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('02-cases.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV 내려받기' }).click()]);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trimEnd().split(/\r?\n/);
  expect(lines[0]?.startsWith('상담번호,접수일시(KST),사고일시(KST),사고월,VOC 유형,상태,고객명')).toBe(true);
  expect(lines).toHaveLength(count + 1);
  expect(lines.slice(1).every((line) => line.includes('운영사 등록누락') && line.includes(`,${month},`))).toBe(true);
  expect(text).not.toMatch(/010-?\d{4}-?\d{4}/);

  // Down to the single case: its facts and timeline, read-only (none of the agent's actions).
  const code = page
    .getByRole('table', { name: /최근 접수 순/ })
    .getByRole('link', { name: /^VOC-/ })
    .first();
  const codeText = (await code.textContent()) ?? '';
  await code.click();
  await expect(page).toHaveURL(/\/manager\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: `상담 ${codeText}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: '처리 이력' })).toBeVisible();
  await expect(page.getByRole('button', { name: '본인 확인 완료' })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('03-case.png'), fullPage: true });

  // The lot × month heat map: a shaded count opens exactly that many cases.
  await page.goto('/manager');
  const cell = page
    .getByRole('table', { name: /주차장·월별 정기권 등록 누락/ })
    .getByRole('link')
    .first();
  // The cell shows the bare count; its name says the lot and month around it ("… 누락 3건, 상담 목록 보기").
  const cellCount = Number(/누락 ([\d,]+)건/.exec((await cell.textContent()) ?? '')?.[1]?.replace(/,/g, ''));
  expect(cellCount).toBeGreaterThan(0);
  await cell.click();
  await expect(page).toHaveURL(/\/manager\/cases\?.*counted=1/);
  await expect(page.getByText(`상담 ${cellCount}건`)).toBeVisible();
});

test('manager: a month change says it is loading, a refused CSV says why, and the scorecard sorts', async ({ page, newManager }) => {
  test.setTimeout(60_000);
  await signInToHome(page, newManager.email, newManager.password);
  await expect(page.getByRole('heading', { name: '최근 12개월 추이' })).toBeVisible();

  // Last month's report is held on its way: the page says so, and keeps this month's figures meanwhile.
  const last = previousMonth(kstMonthOf(new Date()));
  const [year, monthNumber] = last.split('-');
  const lastName = `${year}년 ${Number(monthNumber)}월`;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/graphql', async (route) => {
    if (route.request().postData()?.includes(`"month":"${last}"`)) await held;
    await route.continue();
  });
  await page.getByLabel('기준 월').fill(last);
  await expect(page.getByRole('status').filter({ hasText: `${lastName} 현황을 불러오는 중…` })).toBeVisible();
  await expect(page.getByRole('heading', { name: '주차장별 누락' })).toBeVisible();
  release();
  await expect(page.getByRole('status').filter({ hasText: `${lastName} 현황을 보여 줍니다.` })).toBeAttached();
  await expect(page.getByText(`${lastName} 현황을 불러오는 중…`)).toHaveCount(0);
  await page.unroute('**/api/graphql');

  // The export route refuses (the database is away): nothing is saved and a toast says what to do.
  await page.route('**/api/exports/report/**', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'SERVICE_UNAVAILABLE', message: '데이터베이스에 연결할 수 없습니다.' } }),
    }),
  );
  let downloaded = false;
  page.on('download', () => {
    downloaded = true;
  });
  await page.getByRole('link', { name: /^주차장별 누락 .+ CSV 내려받기$/ }).click();
  await expect(
    page.getByText('CSV를 내려받지 못했습니다. 데이터베이스에 잠시 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.'),
  ).toBeVisible();
  expect(downloaded).toBe(false);

  // The scorecard sorts by a column a manager picks: most overdue first, then the other way.
  const scorecard = page.getByRole('table', { name: /운영사별 누락·보상·출차 처리/ });
  const overdue = scorecard.getByRole('columnheader', { name: /지연 건수/ });
  await expect(scorecard.getByRole('columnheader', { name: /^누락/ })).toHaveAttribute('aria-sort', 'descending');
  await overdue.getByRole('button').click();
  await expect(overdue).toHaveAttribute('aria-sort', 'descending');
  const counts = async () =>
    (await scorecard.locator('tbody td[data-label="지연 건수"]').allTextContents()).map((text) =>
      text === '—' ? -1 : Number(text.replace(/[^\d]/g, '')),
    );
  const descending = await counts();
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  await overdue.getByRole('button').click();
  await expect(overdue).toHaveAttribute('aria-sort', 'ascending');
});
