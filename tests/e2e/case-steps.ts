import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { kstDateOf } from '@/lib/domain/kst-month';
import { DEMO_PASSWORD, graphql, signInThroughApi } from './fixtures';
import { E2E_BASE_URL } from './environment';

// Steps the browser tests share: a customer made for the test, and a case opened through the pages.

export interface Setup {
  plate: string;
  lotName: string;
}

interface LotFacts {
  id: string;
  name: string;
  integration: string;
  hasExitCallButton: boolean;
  operator: { name: string };
}

/** A new customer with this month's pass at the first demo lot that `choose` accepts. */
export async function customerWithPassAt(request: APIRequestContext, choose: (lot: LotFacts) => boolean): Promise<Setup> {
  await signInThroughApi(request, 'manager@demo.test', DEMO_PASSWORD);
  const lots = (await graphql(request, '{ lots { id name integration hasExitCallButton operator { name } } }')).data?.lots as LotFacts[];
  const lot = lots.find(choose);
  if (!lot) throw new Error('the demo data has no lot of the kind this test needs');
  const digits = String(Date.now()).slice(-4);
  const customer = await graphql(request, 'mutation ($i: CustomerInput!) { createCustomer(input: $i) { id } }', {
    i: { name: '정우성', phone: `010-5${digits.slice(0, 3)}-${digits}`, accountRef: `e2e-${Date.now()}` },
  });
  const customerId = (customer.data?.createCustomer as { id: string }).id;
  const today = kstDateOf(new Date());
  const [year, month] = today.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const plate = `${String(Date.now()).slice(-2)}허${digits}`;
  const pass = await graphql(request, 'mutation ($i: PassInput!) { createPass(input: $i) { id } }', {
    i: {
      customerId,
      lotId: lot.id,
      plate,
      startsOn: `${today.slice(0, 7)}-01`,
      endsOn: `${today.slice(0, 7)}-${String(lastDay).padStart(2, '0')}`,
      amountPaid: 150000,
      availableDays: lastDay,
    },
  });
  expect(pass.errors).toBeUndefined();
  return { plate, lotName: lot.name };
}

/** From the agent's home to the filled open-case form of the plate's pass (an omission). */
export async function openCaseForm(page: Page, plate: string) {
  await page.goto('/agent');
  await page.getByRole('link', { name: '새 상담' }).click();
  // Typing before React has hydrated the form is lost; search again until the pass shows.
  await page.waitForLoadState('networkidle');
  // Choose the row of this very plate: other specs' passes may be listed too.
  const start = page.getByRole('row').filter({ hasText: plate }).getByRole('button', { name: '이 정기권으로 상담 시작' });
  await expect(async () => {
    await page.getByLabel('차량번호').fill(plate);
    await page.getByRole('button', { name: '검색', exact: true }).click();
    await expect(start).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await start.click();
  await page.getByLabel('일반차량으로 인식(운영사 정기권 등록누락)').check();
}

/** Opens an OPERATOR_OMISSION case for the plate through the pages and verifies the caller. */
export async function openAndVerify(page: Page, plate: string) {
  await openCaseForm(page, plate);
  await page.getByRole('button', { name: '상담 접수' }).click();
  await expect(page).toHaveURL(/\/agent\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByText('본인 확인 후 진행할 수 있습니다.').first()).toBeVisible();
  await page.getByRole('button', { name: '본인 확인 완료' }).click();
  await expect(page.getByRole('status').filter({ hasText: '본인 확인을 기록했습니다.' })).toBeVisible();
  return page.url().split('/').at(-1) ?? '';
}

/** Runs a mutation through the API and returns the field it answers, failing the test on an error. */
async function mutate<T>(request: APIRequestContext, query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await graphql(request, query, variables);
  expect(result.errors, query).toBeUndefined();
  return Object.values(result.data ?? {})[0] as T;
}

/** Opens a case on the plate's pass as the signed-in agent and verifies the caller. */
export async function openVerifiedCase(request: APIRequestContext, plate: string, kind: string): Promise<string> {
  const found = await graphql(request, 'query ($p: String!) { searchPasses(plate: $p) { id } }', { p: plate });
  const passId = (found.data?.searchPasses as { id: string }[])[0]?.id;
  const opened = await mutate<{ id: string }>(request, 'mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }', {
    input: { passId, kind, incidentAt: new Date(Date.now() - 10 * 60_000).toISOString() },
  });
  await mutate(request, 'mutation ($id: ID!) { verifyIdentity(caseId: $id) { id } }', { id: opened.id });
  return opened.id;
}

/** The cases a record of each kind can be printed from, made through the API as agent@demo.test. */
export interface CaseRecords {
  plate: string;
  /** The 2nd omission this month: an on-site payment with its receipt, and the coupon. */
  couponCaseId: string;
  /** A refund claim with a 소보원 refund proposed. */
  refundCaseId: string;
}

/** Attaches a JPEG receipt to an on-site payment through the upload route, as the case page does. */
export async function uploadReceiptThroughApi(request: APIRequestContext, onsitePaymentId: string, receipt: Uint8Array): Promise<void> {
  // The API client sends no Origin by itself; the case page's browser does (a same-origin check).
  const upload = await request.post('/api/receipts', {
    headers: { origin: new URL(E2E_BASE_URL).origin },
    multipart: { onsitePaymentId, file: { name: 'receipt.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(receipt) } },
  });
  expect(upload.status()).toBe(201);
}

/** A customer's two omissions (the second with payment, receipt and coupon) and a refund claim. */
export async function caseRecords(request: APIRequestContext, receipt: Uint8Array): Promise<CaseRecords> {
  const { plate } = await customerWithPassAt(request, () => true);
  await signInThroughApi(request, 'agent@demo.test', DEMO_PASSWORD);
  await openVerifiedCase(request, plate, 'OPERATOR_OMISSION');
  const couponCaseId = await openVerifiedCase(request, plate, 'OPERATOR_OMISSION');
  const payment = await mutate<{ id: string }>(
    request,
    'mutation ($id: ID!, $paidAt: DateTime!) { recordOnsitePayment(caseId: $id, amount: 12000, paidAt: $paidAt) { id } }',
    { id: couponCaseId, paidAt: new Date(Date.now() - 5 * 60_000).toISOString() },
  );
  await uploadReceiptThroughApi(request, payment.id, receipt);
  await mutate(request, 'mutation ($id: ID!) { issueCompensationCoupon(caseId: $id) { id } }', { id: couponCaseId });
  const refundCaseId = await openVerifiedCase(request, plate, 'REFUND_CLAIM');
  await mutate(request, 'mutation ($id: ID!) { proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 10) { id } }', {
    id: refundCaseId,
  });
  return { plate, couponCaseId, refundCaseId };
}

/** A customer's second omission this month, verified and not yet compensated: the coupon is due. */
export async function couponDueCase(request: APIRequestContext): Promise<string> {
  const { plate } = await customerWithPassAt(request, () => true);
  await signInThroughApi(request, 'agent@demo.test', DEMO_PASSWORD);
  await openVerifiedCase(request, plate, 'OPERATOR_OMISSION');
  return openVerifiedCase(request, plate, 'OPERATOR_OMISSION');
}

/** A case just opened, caller not yet verified, on a lot with a call button when there is one. */
export async function freshCase(request: APIRequestContext): Promise<string> {
  const { plate } = await customerWithPassAt(request, (lot) => lot.hasExitCallButton);
  await signInThroughApi(request, 'agent@demo.test', DEMO_PASSWORD);
  const found = await graphql(request, 'query ($p: String!) { searchPasses(plate: $p) { id } }', { p: plate });
  const passId = (found.data?.searchPasses as { id: string }[])[0]?.id;
  const opened = await mutate<{ id: string }>(request, 'mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }', {
    input: { passId, kind: 'EQUIPMENT_FAULT', incidentAt: new Date(Date.now() - 10 * 60_000).toISOString() },
  });
  return opened.id;
}
