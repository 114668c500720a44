import { expect, test, type APIRequestContext, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { signInToHome } from './fixtures';
import {
  OPERATOR_PASSWORD,
  ownOperator,
  requestExit,
  requestRegistration,
  statusOf,
  toast,
  verifiedCaseAt,
  type OwnOperator,
} from './operator-requests';

// Issue 15, item 10 and acceptance 3: a press acts on the row it was pressed on, once; a row that
// slid under the pointer ignores the rest of a double-click; 되돌리기 within 5 s restores the
// request; on a phone the selection stays put; a says why; the page is called what it shows.
// Each test has an operator company of its own, so its queues hold exactly the test's requests.

/** The GraphQL operations the page sent, by name, counted as they leave the browser. */
function countOperations(page: Page) {
  const sent = new Map<string, number>();
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/graphql') || request.method() !== 'POST') return;
    const name = (request.postDataJSON() as { operationName?: string } | null)?.operationName;
    if (name) sent.set(name, (sent.get(name) ?? 0) + 1);
  });
  return (name: string) => sent.get(name) ?? 0;
}

/**
 * Records in the page when each press arrived (and on which row), and when a row left the
 * DOM: the numbers behind the 500 ms guard.
 */
async function recordTimings(page: Page) {
  await page.evaluate(() => {
    const log: { at: number; what: string }[] = [];
    (window as unknown as { pressLog: typeof log }).pressLog = log;
    document.addEventListener(
      'click',
      (event) => {
        const row = (event.target as Element).closest('[data-row-key]')?.getAttribute('data-row-key');
        log.push({ at: performance.now(), what: `press ${row} detail=${event.detail}` });
      },
      true,
    );
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) {
          if (node instanceof Element && node.matches('[data-row-key]'))
            log.push({ at: performance.now(), what: `left ${node.getAttribute('data-row-key')}` });
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  return async () => {
    const log = await page.evaluate(() => (window as unknown as { pressLog: { at: number; what: string }[] }).pressLog);
    const start = log[0]?.at ?? 0;
    return log.map((entry) => `+${Math.round(entry.at - start)} ms ${entry.what}`);
  };
}

/** The test's own lot with `exits` exit requests (oldest first) and the desk open on them. */
async function deskWithExits(
  browser: Browser,
  request: APIRequestContext,
  agent: APIRequestContext,
  exits: number,
  options: BrowserContextOptions = {},
) {
  const lot = await ownOperator(request);
  const made: { caseId: string; plate: string; exitId: string }[] = [];
  for (let i = 0; i < exits; i += 1) {
    const one = await verifiedCaseAt(request, agent, lot.lotName);
    made.push({ ...one, exitId: await requestExit(agent, one.caseId) });
  }
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await openDesk(page, lot);
  return { lot, made, context, page };
}

async function openDesk(page: Page, lot: OwnOperator) {
  await signInToHome(page, lot.email, OPERATOR_PASSWORD);
  await expect(page).toHaveURL(/\/operator$/);
  await expect(page.getByText('실시간 갱신 중', { exact: false })).toBeVisible();
}

test('acceptance 3: a double-click on the first row’s 출차 처리 sends one mutation and handles one request; 되돌리기 within 5 s restores it', async ({
  browser,
  request,
  playwright,
}, testInfo) => {
  test.setTimeout(120_000);
  const agent = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  const { made, context, page } = await deskWithExits(browser, request, agent, 2);
  const [first, second] = made as [(typeof made)[0], (typeof made)[0]];
  const sent = countOperations(page);
  const timings = await recordTimings(page);
  const firstRow = page.locator(`[data-row-key="exit:${first.exitId}"]`);
  const secondRow = page.locator(`[data-row-key="exit:${second.exitId}"]`);
  await expect(secondRow).toBeVisible();

  // Playwright's double-click: both presses at the same point, as fast as the browser takes them.
  await firstRow.getByRole('button', { name: '출차 처리' }).dblclick();
  await expect(toast(page, `${first.plate} 출차 처리를 완료했습니다.`)).toBeVisible();
  await expect(firstRow).toHaveCount(0);
  await expect(secondRow).toBeVisible();
  // Exactly one write left the browser, one "완료" toast, and the second car still waits.
  expect(sent('AcknowledgeExit')).toBe(1);
  await expect(toast(page, '출차 처리를 완료했습니다.')).toHaveCount(1);
  expect(await statusOf(agent, first.caseId, 'exitRequests')).toEqual(['ACKNOWLEDGED']);
  expect(await statusOf(agent, second.caseId, 'exitRequests')).toEqual(['REQUESTED']);
  const measured = await timings();
  await testInfo.attach('double-click timings', { body: measured.join('\n'), contentType: 'text/plain' });
  console.log(`[safe-actions] double-click:\n  ${measured.join('\n  ')}`);
  await page.screenshot({ path: testInfo.outputPath('undo-toast.png') });

  // 되돌리기 in the toast, within its 5 s: the request waits again and its row is back, first.
  await toast(page, `${first.plate} 출차 처리를 완료했습니다.`).getByRole('button', { name: '되돌리기' }).click();
  await expect(toast(page, `${first.plate} 출차 처리를 되돌렸습니다.`)).toBeVisible();
  await expect(firstRow).toBeVisible();
  expect(sent('UndoAcknowledgeExit')).toBe(1);
  expect(await statusOf(agent, first.caseId, 'exitRequests')).toEqual(['REQUESTED']);
  await expect(page.locator('[data-row-key^="exit:"]').first()).toHaveAttribute('data-row-key', `exit:${first.exitId}`);

  await agent.dispose();
  await context.close();
});

test('operator: a double-click on 확인 never presses the 등록 완료 that takes its place; 되돌리기 is reached by keyboard; a says why', async ({
  browser,
  request,
  playwright,
}, testInfo) => {
  test.setTimeout(120_000);
  const lot = await ownOperator(request);
  const agent = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  const one = await verifiedCaseAt(request, agent, lot.lotName);
  const registrationId = await requestRegistration(agent, one.caseId);
  const context = await browser.newContext();
  const page = await context.newPage();
  await openDesk(page, lot);
  const sent = countOperations(page);
  const row = page.locator(`[data-row-key="registration:${registrationId}"]`);

  await row.getByRole('button', { name: '확인' }).dblclick();
  const done = toast(page, `${one.plate} 차량등록 요청을 확인했습니다.`);
  await expect(done).toBeVisible();
  // 등록 완료 came where 확인 was: for 500 ms it takes no pointer press (a test's click waits).
  await expect(row.getByRole('button', { name: '등록 완료' })).toBeEnabled();
  expect(sent('AcknowledgeRegistration')).toBe(1);
  expect(sent('ConfirmRegistration')).toBe(0);
  expect(await statusOf(agent, one.caseId, 'registrationRequests')).toEqual(['ACKNOWLEDGED']);

  // The toast's 되돌리기 by keyboard alone, within its 5 s: sonner's Alt+T goes to the toasts, Tab to the button.
  await page.keyboard.press('Alt+t');
  for (let i = 0; i < 6; i += 1) {
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused === '되돌리기') break;
    await page.keyboard.press('Tab');
  }
  await expect(done.getByRole('button', { name: '되돌리기' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toast(page, `${one.plate} 차량등록 요청 확인을 되돌렸습니다.`)).toBeVisible();
  await expect(row.getByRole('button', { name: '확인' })).toBeVisible();
  expect(sent('UndoAcknowledgeRegistration')).toBe(1);
  expect(await statusOf(agent, one.caseId, 'registrationRequests')).toEqual(['REQUESTED']);

  // Checked again; then a on it has nothing to do: nothing is sent, the page says what to do instead.
  await row.getByRole('button', { name: '확인' }).click();
  await expect(row.getByRole('button', { name: '등록 완료' })).toBeEnabled();
  await page.keyboard.press('j');
  await expect(row).toBeFocused();
  await page.keyboard.press('a');
  await expect(toast(page, '이미 확인한 등록 요청입니다.')).toBeVisible();
  expect(sent('AcknowledgeRegistration')).toBe(2);

  // The page says what it shows: the request desk, in its heading and its tab's title.
  await expect(page.getByRole('heading', { level: 1, name: '요청 처리' })).toBeVisible();
  await expect(page).toHaveTitle(/^\(1\) 요청 처리/);
  await agent.dispose();
  await context.close();
});

test('operator on a phone (390 px, cards): a tap on 출차 처리 never moves the selection to the next card, nor does the next poll', async ({
  browser,
  request,
  playwright,
}, testInfo) => {
  test.setTimeout(120_000);
  const agent = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  const { made, context, page } = await deskWithExits(browser, request, agent, 3, {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const [first, second] = made as [(typeof made)[0], (typeof made)[0]];
  const firstCard = page.locator(`[data-row-key="exit:${first.exitId}"]`);
  const secondCard = page.locator(`[data-row-key="exit:${second.exitId}"]`);

  await firstCard.getByRole('button', { name: '출차 처리' }).tap();
  await expect(firstCard).toHaveCount(0);
  await expect(toast(page, `${first.plate} 출차 처리를 완료했습니다.`)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('phone-after-tap.png') });
  await expect(page.locator('[aria-selected="true"]')).toHaveCount(0);
  await expect(secondCard).not.toBeFocused();
  // Through the next polls too.
  await page.waitForTimeout(3_500);
  await expect(page.locator('[aria-selected="true"]')).toHaveCount(0);
  expect(await statusOf(agent, second.caseId, 'exitRequests')).toEqual(['REQUESTED']);
  await agent.dispose();
  await context.close();
});
