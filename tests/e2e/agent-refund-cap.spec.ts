import { expect, type Page } from '@playwright/test';
import { customerWithPassAt, openVerifiedCase } from './case-steps';
import { graphql, newAccount, signInToHome, test } from './fixtures';
import { proposeOn } from './refund-steps';

// Issue 16, item 1: a pass is never refunded beyond what was paid, over all its cases. The case
// page says what the pass can still be refunded, refuses more before sending, and once a refund
// of the pass is approved a new refund-claim case records the call but takes no refund.

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-refundcap';

async function shoot(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
    // The refund part of step ④ alone, to read at full size.
    const refunds = page.locator('.subsection').filter({ has: page.getByRole('heading', { level: 3, name: /^(환불|Refunds?)$/ }) });
    await refunds.screenshot({ path: `${SHOTS}/${name}-${width}-refunds.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('refund cap: the case page shows what the pass can still be refunded, refuses more before sending, and a refunded pass takes no new refund', async ({
  page,
  browser,
  request,
  newAgent,
}) => {
  test.setTimeout(150_000);
  // `request` is the manager; a 150,000원 pass of this month.
  const { plate } = await customerWithPassAt(request, () => true);
  await signInToHome(page, newAgent.email, newAgent.password);
  await expect(page).toHaveURL(/\/agent$/);
  const first = await proposeOn(page.request, plate, 'basis: COMPANY_POLICY, amount: 115000, reason: "첫 상담에서 제안한 환불"');
  const secondId = await openVerifiedCase(page.request, plate, 'REFUND_CLAIM');

  const proposals: string[] = [];
  page.on('request', (sent) => {
    if (sent.url().includes('/api/graphql') && sent.postData()?.includes('proposeRefund')) proposals.push(sent.url());
  });
  await page.goto(`/agent/cases/${secondId}`);
  await page.waitForLoadState('networkidle');
  await expect(page.getByText('이 정기권에서 더 환불할 수 있는 금액: 35,000원')).toBeVisible();
  await expect(page.getByText('결제액 150,000원 중 다른 상담의 제안·승인된 환불 115,000원을 뺀 금액입니다.')).toBeVisible();
  await expect(page.getByText('더 환불할 수 있는 금액 35,000원 이내, 관리자 승인 필요')).toBeVisible();

  // The company's basis: 50,000원 is refused in words, nothing is sent.
  const company = page.locator('.refund-box').filter({ hasText: '당사 정책 환불' });
  await company.getByLabel('환불 금액 (원)').fill('50000');
  await company.getByLabel('제안 사유').fill('재발 방지 약속 후에도 해지를 원함');
  await company.getByRole('button', { name: '당사 정책 환불 제안' }).click();
  await expect(company.getByRole('alert')).toHaveText('이 정기권에서 더 환불할 수 있는 금액은 35,000원입니다.');
  expect(proposals).toEqual([]);

  // The 소보원 basis: a quote above what is left cannot be proposed.
  const agency = page.locator('.refund-box').filter({ hasText: '소보원 기준 환불 계산' });
  await agency.getByLabel('실제 이용일').fill('1');
  await agency.getByRole('button', { name: '환불액 계산' }).click();
  await expect(agency.getByRole('alert')).toHaveText('이 정기권에서 더 환불할 수 있는 금액은 35,000원입니다.');
  await expect(agency.getByRole('button', { name: '소보원 기준 환불 제안' })).toBeDisabled();
  expect(proposals).toEqual([]);
  await shoot(page, 'ko-case-refundable');

  // What is left goes through.
  await company.getByLabel('환불 금액 (원)').fill('35000');
  await company.getByRole('button', { name: '당사 정책 환불 제안' }).click();
  await expect(page.getByRole('status').filter({ hasText: '당사 정책 환불 35,000원을 제안했습니다.' })).toBeVisible();
  expect(proposals).toHaveLength(1);

  // The manager approves the first case's refund: the pass is refunded.
  const approved = await graphql(request, 'mutation ($id: ID!) { decideRefund(id: $id, approve: true) { status } }', { id: first.id });
  expect(approved.data?.decideRefund).toEqual({ status: 'APPROVED' });

  // A third call about the pass is recorded on a case, but no refund can be proposed on it.
  const thirdId = await openVerifiedCase(page.request, plate, 'REFUND_CLAIM');
  await page.goto(`/agent/cases/${thirdId}`);
  await expect(page.getByText('이 정기권은 더 환불할 수 없습니다.', { exact: false })).toBeVisible();
  await expect(company.getByRole('button', { name: '당사 정책 환불 제안' })).toBeDisabled();
  await expect(agency.getByRole('button', { name: '소보원 기준 환불 제안' })).toBeDisabled();
  await shoot(page, 'ko-case-nothing-refundable');
  const refused = await graphql(
    page.request,
    'mutation ($id: ID!) { proposeRefund(caseId: $id, basis: COMPANY_POLICY, amount: 1, reason: "e2e") { id } }',
    { id: thirdId },
  );
  expect(refused.errors?.[0]?.extensions?.code).toBe('POLICY_DENIED');

  // The same pages in English.
  const english = await newAccount('AGENT', { locale: 'EN' });
  const context = await browser.newContext();
  const en = await context.newPage();
  await signInToHome(en, english.email, english.password);
  await expect(en).toHaveURL(/\/agent$/);
  const fourthId = await openVerifiedCase(en.request, plate, 'REFUND_CLAIM');
  await en.goto(`/agent/cases/${fourthId}`);
  await expect(en.getByText('Nothing more can be refunded on this pass', { exact: false })).toBeVisible();
  await shoot(en, 'en-case-nothing-refundable');
  // A fresh pass with a pending refund on another case, in English.
  const other = await customerWithPassAt(request, () => true);
  await proposeOn(en.request, other.plate, 'basis: COMPANY_POLICY, amount: 100000, reason: "first case"');
  const otherCase = await openVerifiedCase(en.request, other.plate, 'REFUND_CLAIM');
  await en.goto(`/agent/cases/${otherCase}`);
  await expect(
    en.getByText('Still refundable on this pass: ₩50,000', { exact: false }).or(en.getByText('Still refundable on this pass: 50,000원')),
  ).toBeVisible();
  await shoot(en, 'en-case-refundable');
  await context.close();
});
