import { expect, request as playwrightRequest, type Page } from '@playwright/test';
import { customerWithPassAt, openVerifiedCase } from './case-steps';
import { E2E_BASE_URL } from './environment';
import { graphql, newAccount, signInThroughApi, signInToHome, test } from './fixtures';

// Acceptance 3 of issue 17: staff reading in English meet no Korean on their main pages except
// what is Korean on purpose (script lines, the customer's texts, people's own words), each of
// which sits inside an element marked lang="ko".

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;

/** The visible text nodes with Hangul that no lang="ko" element holds, with where they are. */
async function unmarkedHangul(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  return page.evaluate((pattern) => {
    const hangul = new RegExp(pattern);
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || !hangul.test(text)) continue;
      if (parent.closest('script, style, noscript, template, [lang="ko"]')) continue;
      found.push(`${parent.tagName.toLowerCase()}${parent.className ? `.${String(parent.className).split(' ')[0]}` : ''}: ${text.trim()}`);
    }
    return found;
  }, HANGUL.source);
}

async function expectNoUnmarkedHangul(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await unmarkedHangul(page), `Hangul outside lang="ko" on ${path}`).toEqual([]);
}

/** A case of the English agent with a few steps on its timeline: verified, paid on site, exit asked for. */
async function caseWithSteps(page: Page): Promise<string> {
  const setup = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  try {
    const { plate } = await customerWithPassAt(setup, () => true);
    const caseId = await openVerifiedCase(page.request, plate, 'OPERATOR_OMISSION');
    const paidAt = new Date(Date.now() - 5 * 60_000).toISOString();
    const paid = await graphql(
      page.request,
      'mutation ($id: ID!, $at: DateTime!) { recordOnsitePayment(caseId: $id, amount: 12000, paidAt: $at) { id } }',
      {
        id: caseId,
        at: paidAt,
      },
    );
    expect(paid.errors).toBeUndefined();
    const exit = await graphql(page.request, 'mutation ($id: ID!) { requestExit(caseId: $id) { id } }', { id: caseId });
    expect(exit.errors).toBeUndefined();
    const note = await graphql(page.request, 'mutation ($id: ID!, $t: String!) { addCaseNote(caseId: $id, text: $t) { id } }', {
      id: caseId,
      t: '고객이 출구에서 기다리는 중',
    });
    expect(note.errors).toBeUndefined();
    return caseId;
  } finally {
    await setup.dispose();
  }
}

test('english: an agent reads the case list, a new case and a case with its timeline without unmarked Korean', async ({ page }) => {
  const { email, password } = await newAccount('AGENT', { locale: 'EN' });
  await signInToHome(page, email, password);
  await expect(page).toHaveURL(/\/agent$/);
  const caseId = await caseWithSteps(page);
  await expectNoUnmarkedHangul(page, '/agent');
  await expectNoUnmarkedHangul(page, '/agent/cases/new');
  await expectNoUnmarkedHangul(page, `/agent/cases/${caseId}`);
});

test('english: an operator reads the request queue without unmarked Korean', async ({ page }) => {
  const { email, password } = await newAccount('OPERATOR', { locale: 'EN' });
  await signInToHome(page, email, password);
  await expect(page).toHaveURL(/\/operator$/);
  await expectNoUnmarkedHangul(page, '/operator');
});

test('english: a manager reads the dashboard, cases, a case and the admin pages without unmarked Korean', async ({ page, newAgent }) => {
  // Eight pages, each waited on until the network is idle: more than the default 30 s under load.
  test.slow();
  const agent = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  let caseId: string;
  try {
    const { plate } = await customerWithPassAt(agent, () => true);
    await signInThroughApi(agent, newAgent.email, newAgent.password);
    caseId = await openVerifiedCase(agent, plate, 'OPERATOR_OMISSION');
  } finally {
    await agent.dispose();
  }
  const { email, password } = await newAccount('MANAGER', { locale: 'EN' });
  await signInToHome(page, email, password);
  await expect(page).toHaveURL(/\/manager$/);
  for (const path of [
    '/manager',
    '/manager/cases',
    `/manager/cases/${caseId}`,
    '/manager/refunds',
    '/manager/cancellations',
    '/manager/policy',
    '/manager/users',
    '/manager/access-log',
  ]) {
    await expectNoUnmarkedHangul(page, path);
  }
});
