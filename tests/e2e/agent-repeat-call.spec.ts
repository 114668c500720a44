import { expect, test } from '@playwright/test';
import { kstMonthOf } from '@/lib/domain/kst-month';
import { customerWithPassAt, openCaseForm } from './case-steps';
import { graphql, newAccount, signInToHome } from './fixtures';

// Issue 15, acceptance 1: a new agent, a repeat call about the same incident a few minutes
// after the first. The form offers "같은 사고의 재문의"; accepted, the customer's counted
// omissions stay 1, no coupon is offered, and the manager's figure for the lot and month
// does not move. Then the other way to take the call (recorded on the open case), and
// undoing the link on the case page with a reason.

const REPORT = 'query ($m: Month!) { repeatOmissionReport(month: $m) { rows { lot { name } omissions customersWithRepeats } } }';
const CASE =
  'query ($id: ID!) { case(id: $id) { code duplicateOf { id } couponEligibility { eligible omissionsThisMonth } timeline { type } } }';

async function verifyCaller(page: import('@playwright/test').Page) {
  await expect(page).toHaveURL(/\/agent\/cases\/[0-9a-f-]{36}$/);
  await page.getByRole('button', { name: '본인 확인 완료' }).click();
  await expect(page.getByRole('status').filter({ hasText: '본인 확인을 기록했습니다.' })).toBeVisible();
  return page.url().split('/').at(-1) ?? '';
}

test('agent: a repeat call is opened as 같은 사고의 재문의 and counted once; the manager’s figure stays', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  // `request` is the demo manager's (customerWithPassAt signs it in).
  const { plate, lotName } = await customerWithPassAt(request, () => true);
  const month = kstMonthOf(new Date());
  const figure = async () => {
    const rows = (await graphql(request, REPORT, { m: month })).data?.repeatOmissionReport as {
      rows: { lot: { name: string }; omissions: number; customersWithRepeats: number }[];
    };
    return rows.rows.find((row) => row.lot.name === lotName) ?? { omissions: 0, customersWithRepeats: 0 };
  };

  const agent = await newAccount('AGENT');
  await signInToHome(page, agent.email, agent.password);
  await expect(page).toHaveURL(/\/agent$/);

  // The first call: a new incident, nothing to offer yet; the panel shows no earlier case.
  await openCaseForm(page, plate);
  await expect(page.getByTestId('customer-panel').getByText('이 고객의 상담이 아직 없습니다.')).toBeVisible();
  await expect(page.getByRole('heading', { name: '같은 사고의 재문의' })).toHaveCount(0);
  await page.getByRole('button', { name: '상담 접수' }).click();
  const firstId = await verifyCaller(page);
  const first = (await graphql(page.request, CASE, { id: firstId })).data?.case as { code: string };
  const before = await figure();

  // The repeat call, minutes later: the form says so and offers the earlier case.
  await openCaseForm(page, plate);
  const offer = page.getByTestId('same-incident-offer');
  await expect(offer.getByRole('heading', { name: '같은 사고의 재문의' })).toBeVisible();
  await expect(offer.getByText(first.code)).toBeVisible();
  await expect(page.getByTestId('customer-month-omissions')).toContainText('누락 1회');
  await shot('01-offer');
  await offer.getByRole('button', { name: '이 상담의 중복으로 접수' }).click();
  await expect(page.getByTestId('repeat-contact-notice')).toContainText(`${first.code}의 중복(같은 사고의 재문의)으로 접수합니다.`);
  await shot('02-chosen');
  await page.getByRole('button', { name: '상담 접수' }).click();
  const repeatId = await verifyCaller(page);

  // Counted once: the page and the API agree, and no coupon is offered.
  await expect(page.getByText('쿠폰 지급 대상 아님')).toBeVisible();
  await expect(page.getByText('이번 달 누락 1회')).toBeVisible();
  await expect(page.getByTestId('customer-month-omissions')).toContainText('누락 1회');
  await expect(page.getByTestId('duplicate-link')).toContainText(`${first.code}와 같은 사고의 재문의로 연결되어`);
  await shot('03-repeat-case');
  const repeat = (await graphql(page.request, CASE, { id: repeatId })).data?.case as {
    duplicateOf: { id: string };
    couponEligibility: unknown;
  };
  expect(repeat.duplicateOf.id).toBe(firstId);
  expect(repeat.couponEligibility).toEqual({ eligible: false, omissionsThisMonth: 1 });
  expect(await figure()).toEqual(before);

  // A third call, taken on the open case itself: a timeline entry there, no new case.
  await openCaseForm(page, plate);
  await page
    .getByTestId('same-incident-offer')
    .getByRole('listitem')
    .filter({ hasText: first.code })
    .getByRole('button', { name: '이 상담에 재문의 기록' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/agent/cases/${firstId}$`));
  await expect(page.locator('.timeline').getByText('같은 사고 재문의', { exact: true })).toBeVisible();
  const recorded = (await graphql(page.request, CASE, { id: firstId })).data?.case as { timeline: { type: string }[] };
  expect(recorded.timeline.map((e) => e.type)).toContain('REPEAT_CONTACT');
  expect(await figure()).toEqual(before);

  // The agent finds the repeat was another incident after all: unlinked with a reason, it counts.
  await page.goto(`/agent/cases/${repeatId}`);
  await page.getByTestId('duplicate-link').getByRole('button', { name: '중복 연결 해제' }).click();
  const dialog = page.getByRole('dialog', { name: '중복 연결을 해제할까요?' });
  await dialog.getByLabel('해제 사유').fill('고객 확인 결과 다른 날 출차 건');
  await dialog.getByRole('button', { name: '중복 연결 해제' }).click();
  await expect(page.getByText('쿠폰 지급 대상', { exact: true })).toBeVisible();
  await expect(page.getByText('이번 달 누락 2회')).toBeVisible();
  await shot('04-unlinked');
  expect((await figure()).omissions).toBe(before.omissions + 1);
});
