import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { kstDateOf } from '@/lib/domain/kst-month';
import { E2E_BASE_URL } from './environment';
import { DEMO_PASSWORD, graphql, signInThroughApi } from './fixtures';

// Issue 7, item 8: text a user typed is shown as text on every page, never run as markup.
// The hostile values go in through the API (a lot name, a customer name, a case note, a
// guidance note); each role's page must show them literally and grow no element from them.
// The CSP would stop an inline handler anyway, so the proof is the DOM, not only the flag.

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=1</script>';

interface Stored {
  lotId: string;
  lotName: string;
  caseId: string;
}

async function ok(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
  const result = await graphql(request, query, variables);
  expect(result.errors, query).toBeUndefined();
  return result.data ?? {};
}

/** Stores the hostile texts through the API: a lot of the demo operator, a customer and a case there. */
async function storeHostileTexts(request: APIRequestContext, agentRequest: APIRequestContext): Promise<Stored> {
  await signInThroughApi(request, 'manager@demo.test', DEMO_PASSWORD);
  const users = (await ok(request, '{ users { email operator { id } } }')).users as { email: string; operator: { id: string } | null }[];
  const operatorId = users.find((u) => u.email === 'operator@demo.test')?.operator?.id;
  if (!operatorId) throw new Error('the demo data has no operator account with an operator');
  const digits = String(Date.now()).slice(-4);
  const lotName = `${IMG} ${digits}`;
  const lot = await ok(request, 'mutation ($i: ParkingLotInput!) { createParkingLot(input: $i) { id } }', {
    i: { name: lotName, address: SCRIPT, operatorId, integration: 'LINKED', hasExitCallButton: true, phone: '02-555-0101' },
  });
  const lotId = (lot.createParkingLot as { id: string }).id;
  const customer = await ok(request, 'mutation ($i: CustomerInput!) { createCustomer(input: $i) { id } }', {
    i: { name: SCRIPT, phone: `010-7${digits.slice(0, 3)}-${digits}`, accountRef: `e2e-xss-${Date.now()}` },
  });
  const today = kstDateOf(new Date());
  const [year, month] = today.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pass = await ok(request, 'mutation ($i: PassInput!) { createPass(input: $i) { id } }', {
    i: {
      customerId: (customer.createCustomer as { id: string }).id,
      lotId,
      plate: `${String(Date.now()).slice(-2)}어${digits}`,
      startsOn: `${today.slice(0, 7)}-01`,
      endsOn: `${today.slice(0, 7)}-${String(lastDay).padStart(2, '0')}`,
      amountPaid: 150000,
      availableDays: lastDay,
    },
  });

  await signInThroughApi(agentRequest, 'agent@demo.test', DEMO_PASSWORD);
  const opened = await ok(agentRequest, 'mutation ($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
    i: {
      passId: (pass.createPass as { id: string }).id,
      kind: 'OPERATOR_OMISSION',
      incidentAt: new Date(Date.now() - 60_000).toISOString(),
      note: `${IMG}\n${SCRIPT}`,
    },
  });
  const caseId = (opened.openCase as { id: string }).id;
  await ok(agentRequest, 'mutation ($id: ID!) { verifyIdentity(caseId: $id) { id } }', { id: caseId });
  await ok(agentRequest, 'mutation ($id: ID!, $d: String!) { recordGuidance(caseId: $id, step: BASIC_CARE, detail: $d) { id } }', {
    id: caseId,
    d: `안내: ${SCRIPT}`,
  });
  await ok(agentRequest, 'mutation ($id: ID!) { requestExit(caseId: $id) { id } }', { id: caseId });
  return { lotId, lotName, caseId };
}

/** A page of a role, signed in through the API in a context of its own. */
async function pageAs(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInThroughApi(page.request, email, DEMO_PASSWORD);
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  return page;
}

/** No element grew out of the stored text, and nothing set the flag. */
async function expectInert(page: Page) {
  const grown = await page.evaluate(() => ({
    flag: (window as unknown as { __xss?: unknown }).__xss,
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__xss')).length,
  }));
  expect(grown).toEqual({ flag: undefined, images: 0, scripts: 0 });
}

/** The customer's cell: the stored name as text, then the masked phone. */
const customerCell = (page: Page) => page.getByText(new RegExp(`^${SCRIPT.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\s*010-`)).first();

let stored: Stored;

test.beforeAll(async ({ playwright }) => {
  const manager = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  const agent = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  stored = await storeHostileTexts(manager, agent);
  await manager.dispose();
  await agent.dispose();
});

test('escaping: the agent’s case page shows the stored markup as text', async ({ browser }) => {
  const page = await pageAs(browser, 'agent@demo.test');
  await page.goto(`/agent/cases/${stored.caseId}`);
  await page.waitForLoadState('networkidle');
  await expect(customerCell(page)).toBeVisible();
  await expect(page.getByText(stored.lotName).first()).toBeVisible();
  await expect(page.getByText(IMG).first()).toBeVisible();
  await expect(page.getByText(`안내: ${SCRIPT}`).first()).toBeVisible();
  await expectInert(page);
});

test('escaping: the operator’s queue shows the lot’s stored name as text', async ({ browser }) => {
  const page = await pageAs(browser, 'operator@demo.test');
  await page.goto('/operator');
  await page.waitForLoadState('networkidle');
  await expect(page.getByText(stored.lotName).first()).toBeVisible();
  await expectInert(page);
});

test('escaping: the manager’s case list shows the stored names as text', async ({ browser }) => {
  const page = await pageAs(browser, 'manager@demo.test');
  await page.goto(`/manager/cases?lotId=${stored.lotId}`);
  await page.waitForLoadState('networkidle');
  await expect(customerCell(page)).toBeVisible();
  await expect(page.getByText(stored.lotName).first()).toBeVisible();
  await expectInert(page);
});
