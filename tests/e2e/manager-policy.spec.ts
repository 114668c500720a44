import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { formatKstIso } from '@/lib/domain/calendar';
import { KST_OFFSET_MS, kstDateOf } from '@/lib/domain/kst-month';
import { openAndVerify } from './case-steps';
import { graphql, signInThroughApi, signInToHome, test } from './fixtures';

// Issue 6, acceptance 4: a policy version with a 5,000원 coupon from a date; a case whose
// incident is on or after that date offers 5,000원, one before it 3,000원 (the 2024-07-26 policy).
//
// ORDERING: the version added here takes effect today (KST) and cannot be removed, so every
// case with an incident from today on is offered 5,000원 for the rest of the run's database.
// Playwright runs spec files alphabetically in one worker; the only spec that expects 3,000원
// for an incident today is agent-case-flow.spec.ts, which runs before this one. Specs after it
// (manager-refunds, operator-live-queue, roles, sign-in) never look at the coupon amount. A new
// spec that expects 3,000원 for today's incidents must sort before this file, or read the amount
// from `couponEligibility { amount }` instead of assuming it.

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant a KST calendar date begins. */
function kstStartOf(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - KST_OFFSET_MS);
}

let serial = 0;

/** A new customer whose 30-day pass runs from yesterday (KST), so both days can have incidents. */
async function customerWithPassFrom(request: APIRequestContext, startsOn: string) {
  const lots = (await graphql(request, '{ lots { id } }')).data?.lots as { id: string }[];
  serial += 1;
  const stamp = `${String(Date.now()).slice(-4)}${serial}`;
  const customer = await graphql(request, 'mutation ($i: CustomerInput!) { createCustomer(input: $i) { id } }', {
    i: {
      name: serial === 1 ? '한지민' : '이정재',
      phone: `010-7${stamp.slice(0, 3)}-${stamp.slice(-4)}`,
      accountRef: `e2e-policy-${Date.now()}-${serial}`,
    },
  });
  expect(customer.errors).toBeUndefined();
  const plate = `${String(Date.now()).slice(-2)}보${stamp.slice(-4)}`;
  const pass = await graphql(request, 'mutation ($i: PassInput!) { createPass(input: $i) { id } }', {
    i: {
      customerId: (customer.data?.createCustomer as { id: string }).id,
      lotId: lots[serial % lots.length]?.id,
      plate,
      startsOn,
      endsOn: kstDateOf(new Date(kstStartOf(startsOn).getTime() + 29 * DAY_MS)),
      amountPaid: 150000,
      availableDays: 30,
    },
  });
  expect(pass.errors).toBeUndefined();
  return { plate, passId: (pass.data?.createPass as { id: string }).id };
}

/** An operator-omission case at an incident time, opened and verified through the API. */
async function omission(request: APIRequestContext, passId: string, incidentAt: Date): Promise<string> {
  const opened = await graphql(request, 'mutation ($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
    i: { passId, kind: 'OPERATOR_OMISSION', incidentAt: formatKstIso(incidentAt) },
  });
  expect(opened.errors).toBeUndefined();
  const id = (opened.data?.openCase as { id: string }).id;
  expect((await graphql(request, 'mutation ($id: ID!) { verifyIdentity(caseId: $id) { id } }', { id })).errors).toBeUndefined();
  return id;
}

/** Issues the offered coupon on the open case page and returns what the API recorded. */
async function issueCoupon(page: Page, caseId: string, won: string) {
  await page.getByRole('button', { name: `쿠폰 지급 (${won})` }).click();
  await expect(page.getByRole('dialog', { name: '쿠폰 지급 확인' })).toBeVisible();
  await page.getByRole('button', { name: '쿠폰 지급하기' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${won} 쿠폰을 지급했습니다.` })).toBeVisible();
  await expect(page.getByRole('list', { name: '지급된 쿠폰' }).getByText(`Parking CS ${won} 쿠폰`)).toBeVisible();
  const stored = await graphql(page.request, 'query ($id: ID!) { case(id: $id) { coupons { amount month } } }', { id: caseId });
  return (stored.data?.case as { coupons: { amount: number; month: string }[] }).coupons;
}

test('policy: a version with a 5,000원 coupon from today offers 5,000원 on today’s 2nd omission and 3,000원 on yesterday’s', async ({
  page,
  browser,
  request,
  newAgent,
  newManager,
}, testInfo) => {
  test.setTimeout(180_000);
  // "Today" must not change under the test: a run that starts just before KST midnight waits for it.
  const untilMidnight = kstStartOf(kstDateOf(new Date(Date.now() + DAY_MS))).getTime() - Date.now();
  if (untilMidnight < 90_000) await page.waitForTimeout(untilMidnight + 1_000);

  const now = new Date();
  const today = kstDateOf(now);
  const todayStart = kstStartOf(today);
  const yesterday = kstDateOf(new Date(todayStart.getTime() - 1));
  // Between 00:00 KST and now, whatever the hour: right after midnight this is seconds after it.
  const earlierToday = new Date(todayStart.getTime() + Math.floor((now.getTime() - todayStart.getTime()) / 2));

  await signInThroughApi(request, newManager.email, newManager.password);
  const x = await customerWithPassFrom(request, yesterday);
  const y = await customerWithPassFrom(request, yesterday);

  // The manager adds the version through the page.
  await signInToHome(page, newManager.email, newManager.password);
  await expect(page).toHaveURL(/\/manager$/);
  await page.goto('/manager/policy');
  await expect(page.getByRole('heading', { level: 1, name: '보상 정책' })).toBeVisible();
  const baseline = page.getByRole('row').filter({ hasText: '2024-07-26' });
  await expect(baseline).toContainText('3,000원');
  await expect(page.getByLabel('시행일')).toHaveAttribute('min', today);
  // A retry or repeat of this test finds today's version already there (one version per date, no edits).
  if (testInfo.retry === 0 && testInfo.repeatEachIndex === 0) {
    await page.waitForLoadState('networkidle');
    await page.getByLabel('시행일').fill(today);
    await page.getByLabel('쿠폰 금액 (원)').fill('5000');
    await page.getByLabel('반복 기준 (회)').fill('2');
    await page.getByLabel('월 지급 한도 (회)').fill('1');
    await page.getByLabel('메모 (선택)').fill('e2e: 쿠폰 5,000원 상향');
    await page.getByRole('button', { name: '정책 추가' }).click();
    await expect(page.getByRole('status').filter({ hasText: '새 정책을 추가했습니다.' })).toBeVisible();
  }
  const added = page.getByRole('row').filter({ hasText: today });
  await expect(added).toContainText('5,000원');
  await expect(added).toContainText('현재 적용');
  await expect(added).toContainText('월 2회 이상');
  await expect(baseline).not.toContainText('현재 적용');
  await page.screenshot({ path: testInfo.outputPath('01-policy-added.png'), fullPage: true });
  const versions = await graphql(request, '{ policyVersions { effectiveFrom couponAmount } }');
  expect(versions.data?.policyVersions).toContainEqual({ effectiveFrom: today, couponAmount: 5000 });

  // The agent: first omissions through the API, the second of X through the pages.
  const agentContext = await browser.newContext();
  const agent = await agentContext.newPage();
  await signInToHome(agent, newAgent.email, newAgent.password);
  await expect(agent).toHaveURL(/\/agent$/);
  await omission(agent.request, x.passId, earlierToday);
  await omission(agent.request, y.passId, new Date(`${yesterday}T10:00:00+09:00`));
  const ySecond = await omission(agent.request, y.passId, new Date(`${yesterday}T10:40:00+09:00`));

  // X: two omissions today, after the new version's 00:00 KST → 5,000원.
  const xSecond = await openAndVerify(agent, x.plate);
  await expect(agent.getByText('쿠폰 지급 대상', { exact: true })).toBeVisible();
  await expect(agent.getByText('이번 달 누락 2회')).toBeVisible();
  await expect(agent.getByText('5,000원 쿠폰 지급 대상입니다', { exact: false })).toBeVisible();
  await agent.screenshot({ path: testInfo.outputPath('02-today-offers-5000.png'), fullPage: true });
  expect(await issueCoupon(agent, xSecond, '5,000원')).toEqual([{ amount: 5000, month: today.slice(0, 7) }]);

  // Y: two omissions yesterday, under the 2024-07-26 policy → 3,000원.
  await agent.goto(`/agent/cases/${ySecond}`);
  await expect(agent.getByText('쿠폰 지급 대상', { exact: true })).toBeVisible();
  await expect(agent.getByText('이번 달 누락 2회')).toBeVisible();
  await expect(agent.getByText('3,000원 쿠폰 지급 대상입니다', { exact: false })).toBeVisible();
  await agent.screenshot({ path: testInfo.outputPath('03-yesterday-offers-3000.png'), fullPage: true });
  expect(await issueCoupon(agent, ySecond, '3,000원')).toEqual([{ amount: 3000, month: yesterday.slice(0, 7) }]);
  await agentContext.close();
});
