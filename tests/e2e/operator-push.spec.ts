import { expect, test, type APIRequestContext, type APIRequest, type Browser } from '@playwright/test';
import { signInToHome } from './fixtures';
import { OPERATOR_PASSWORD, ownOperator, requestExit, verifiedCaseAt } from './operator-requests';

// Issue 18, acceptance 3: an open operator page shows a new exit request within 1 s while the
// change stream is open (pushed), and within 3 s with the stream cut (it polls instead). The
// bounds are the expect timeouts, counted from the moment the API answered the request.

const STREAMED = /^실시간 갱신 중 · 마지막 갱신/;
const POLLING = /^실시간 갱신 중 \(\d초마다 확인\) · 마지막 갱신/;

/** An operator company of the test's own, a verified case at its lot, and its desk open (maybe with the stream cut). */
async function openDesk(browser: Browser, request: APIRequestContext, apiRequest: APIRequest, cutStream: boolean) {
  const lot = await ownOperator(request);
  const agent = await apiRequest.newContext({ baseURL: test.info().project.use.baseURL });
  const { caseId, plate } = await verifiedCaseAt(request, agent, lot.lotName);
  const context = await browser.newContext();
  // The stream's requests fail as a dropped connection would; the page must fall back to polling.
  if (cutStream) await context.route('**/api/events**', (route) => route.abort('connectionreset'));
  const page = await context.newPage();
  await signInToHome(page, lot.email, OPERATOR_PASSWORD);
  await expect(page).toHaveURL(/\/operator$/);
  const close = async () => {
    await agent.dispose();
    await context.close();
  };
  return { agent, caseId, plate, page, close };
}

// The page's mode (as its live bar says it) and how soon a request made meanwhile must show.
const CASES = [
  { name: 'with the stream open, a new exit request shows within 1 s', cutStream: false, mode: STREAMED, withinMs: 1_000 },
  { name: 'with the stream cut, the page polls and a new exit request shows within 3 s', cutStream: true, mode: POLLING, withinMs: 3_000 },
];

for (const { name, cutStream, mode, withinMs } of CASES) {
  test(`operator push: ${name}`, async ({ browser, request, playwright }) => {
    test.setTimeout(90_000);
    const { agent, caseId, plate, page, close } = await openDesk(browser, request, playwright.request, cutStream);
    const status = page.locator('p').filter({ hasText: '마지막 갱신' });
    await expect(status).toHaveText(mode);

    const exitId = await requestExit(agent, caseId);
    await expect(page.locator(`[data-row-key="exit:${exitId}"]`).filter({ hasText: plate })).toBeVisible({ timeout: withinMs });
    await expect(status).toHaveText(mode);
    await close();
  });
}
