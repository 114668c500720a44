import { expect, test, type APIRequestContext, type Browser, type APIRequest, type Page, type Route } from '@playwright/test';
import { customerWithPassAt, openAndVerify } from './case-steps';
import { DEMO_PASSWORD, graphql, signInThroughApi, signInToHome } from './fixtures';
import { OPERATOR_PASSWORD, ownOperator, requestExit, requestRegistration, statusOf, toast, verifiedCaseAt } from './operator-requests';

// Two people at once: the agent on the phone and the lot's staff with /operator open all day.

test('operator: an exit request reaches the open page within 5 s; acknowledging and confirming show on the agent’s case', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  // A lot of 한빛파킹, the operator operator@demo.test works for, without an exit call button
  // (so the flow offers the exit request at once; other specs may add lots of their own).
  const { plate } = await customerWithPassAt(request, (lot) => lot.operator.name === '한빛파킹' && !lot.hasExitCallButton);
  const agentContext = await browser.newContext();
  const operatorContext = await browser.newContext();
  const agent = await agentContext.newPage();
  const operator = await operatorContext.newPage();

  await signInToHome(operator, 'operator@demo.test', DEMO_PASSWORD);
  await expect(operator).toHaveURL(/\/operator$/);
  await expect(operator.getByText('실시간 갱신 중', { exact: false })).toBeVisible();

  await signInToHome(agent, 'agent@demo.test', DEMO_PASSWORD);
  await expect(agent).toHaveURL(/\/agent$/);
  await openAndVerify(agent, plate);
  await agent.getByRole('button', { name: '현장 출차 요청' }).click();
  await expect(agent.getByRole('status').filter({ hasText: '현장 출차 요청을 보냈습니다.' })).toBeVisible();

  // No reload on the operator's side: the queue polls the database.
  const exitRow = operator.locator('[data-row-key^="exit:"]').filter({ hasText: plate });
  await expect(exitRow).toBeVisible({ timeout: 5_000 });
  await operator.screenshot({ path: testInfo.outputPath('01-operator-sees-exit.png'), fullPage: true });
  await exitRow.getByRole('button', { name: '출차 처리' }).click();
  await expect(toast(operator, `${plate} 출차 처리를 완료했습니다.`)).toBeVisible();
  await expect(exitRow).toHaveCount(0);
  // The database has it: the lot's acknowledged exits now include this plate.
  const acknowledged = await graphql(operator.request, '{ exitRequestQueue(status: ACKNOWLEDGED) { plate } }');
  expect((acknowledged.data?.exitRequestQueue as { plate: string }[]).map((row) => row.plate)).toContain(plate);

  await agent.getByRole('button', { name: '정기권 등록 요청' }).click();
  const registrationRow = operator.locator('[data-row-key^="registration:"]').filter({ hasText: plate });
  await expect(registrationRow).toBeVisible({ timeout: 5_000 });
  await registrationRow.getByRole('button', { name: '확인' }).click();
  await expect(registrationRow.getByRole('button', { name: '등록 완료' })).toBeVisible();
  await registrationRow.getByRole('button', { name: '등록 완료' }).click();
  await expect(toast(operator, `${plate} 등록 완료 처리했습니다.`)).toBeVisible();
  await expect(registrationRow).toHaveCount(0);
  await operator.screenshot({ path: testInfo.outputPath('02-operator-done.png'), fullPage: true });

  // The agent's open case page catches up by itself (it polls) and shows both steps and the text.
  await expect(agent.locator('ul[aria-label="출차 요청"]').getByText('처리됨')).toBeVisible({ timeout: 15_000 });
  await expect(agent.getByText('등록 완료', { exact: true }).first()).toBeVisible({ timeout: 15_000 });
  await expect(agent.getByText('정기권 차량 등록이 완료되었습니다', { exact: false }).last()).toBeVisible({ timeout: 15_000 });
  await agent.screenshot({ path: testInfo.outputPath('03-agent-sees-both.png'), fullPage: true });

  await agentContext.close();
  await operatorContext.close();
});

/**
 * Holds the page's GraphQL requests of one operation until released; then the server answers
 * them, or, given `failWith`, the test answers for it (as the API does when the database is down).
 */
async function holdOperation(page: Page, operationName: string, failWith?: { status: number; code: string }) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/graphql', async (route: Route) => {
    const body = route.request().postDataJSON() as { operationName?: string } | null;
    if (body?.operationName !== operationName) return route.fallback();
    await released;
    if (!failWith) return route.fallback();
    const errors = [{ message: 'unavailable', extensions: { code: failWith.code } }];
    return route.fulfill({ status: failWith.status, contentType: 'application/json', body: JSON.stringify({ errors }) });
  });
  return release;
}

/** A lot of the test's own with one exit request, and its operator's desk open on it. */
async function deskWithOneExit(browser: Browser, request: APIRequestContext, apiRequest: APIRequest) {
  const lot = await ownOperator(request);
  const agent = await apiRequest.newContext({ baseURL: test.info().project.use.baseURL });
  const { caseId, plate } = await verifiedCaseAt(request, agent, lot.lotName);
  const exitId = await requestExit(agent, caseId);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInToHome(page, lot.email, OPERATOR_PASSWORD);
  await expect(page).toHaveURL(/\/operator$/);
  const row = page.locator(`[data-row-key="exit:${exitId}"]`);
  await expect(row).toBeVisible();
  const close = async () => {
    await agent.dispose();
    await context.close();
  };
  return { lot, agent, caseId, plate, exitId, page, row, close };
}

test('operator: 출차 처리 leaves the queue at once; when someone else was quicker (CONFLICT) the page says so in Korean and the request stays handled', async ({
  browser,
  request,
  playwright,
}) => {
  test.setTimeout(90_000);
  const { lot, agent, caseId, plate, exitId, page, row, close } = await deskWithOneExit(browser, request, playwright.request);

  // Freeze what the page knows: its polls and its own write wait until the test lets them go.
  const releasePolls = await holdOperation(page, 'OperatorRequestQueues');
  const releaseWrite = await holdOperation(page, 'AcknowledgeExit');
  // Another session of the lot's staff handles the same request first.
  const other = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await signInThroughApi(other, lot.email, OPERATOR_PASSWORD);
  const first = await graphql(other, 'mutation ($id: ID!) { acknowledgeExit(id: $id) { status } }', { id: exitId });
  expect(first.errors).toBeUndefined();

  // Optimistic: the row leaves before the server answered, and a toast says it is being recorded.
  await row.getByRole('button', { name: '출차 처리' }).click();
  await expect(row).toHaveCount(0);
  await expect(toast(page, `${plate} 출차 처리 중…`)).toBeVisible();

  // The server refuses (already acknowledged): the toast says so, never "완료".
  releasePolls();
  releaseWrite();
  await expect(toast(page, '다른 담당자가 먼저 처리했습니다.')).toBeVisible();
  await expect(toast(page, `${plate} 출차 처리를 완료했습니다.`)).toHaveCount(0);
  await expect(toast(page, `${plate} 출차 처리 중…`)).toHaveCount(0);
  // The row does not come back: the request is handled (by the other session), once.
  await expect(row).toHaveCount(0);
  await expect(page.getByText('대기 중인 출차 요청이 없습니다.')).toBeVisible();
  expect(await statusOf(agent, caseId, 'exitRequests')).toEqual(['ACKNOWLEDGED']);

  await other.dispose();
  await close();
});

test('operator: when 출차 처리 fails (the database is unreachable) the row comes back with the Korean reason, and nothing was written', async ({
  browser,
  request,
  playwright,
}) => {
  test.setTimeout(90_000);
  const { agent, caseId, plate, page, row, close } = await deskWithOneExit(browser, request, playwright.request);

  // The write never reaches the server: the test answers as the API does when the database is down.
  const answer = await holdOperation(page, 'AcknowledgeExit', { status: 503, code: 'SERVICE_UNAVAILABLE' });
  await row.getByRole('button', { name: '출차 처리' }).click();
  await expect(row).toHaveCount(0);
  answer();
  await expect(toast(page, '데이터베이스에 잠시 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.')).toBeVisible();
  await expect(row).toBeVisible();
  await expect(row.getByRole('button', { name: '출차 처리' })).toBeEnabled();
  expect(await statusOf(agent, caseId, 'exitRequests')).toEqual(['REQUESTED']);
  // Still there after the next polls: the database has it waiting.
  await page.waitForTimeout(3_500);
  await expect(row).toBeVisible();

  // With the database back, the same button does it.
  await page.unrouteAll();
  await row.getByRole('button', { name: '출차 처리' }).click();
  await expect(toast(page, `${plate} 출차 처리를 완료했습니다.`)).toBeVisible();
  await expect(row).toHaveCount(0);
  expect(await statusOf(agent, caseId, 'exitRequests')).toEqual(['ACKNOWLEDGED']);

  await close();
});

test('operator: the queue works by keyboard alone — j/k select, a acknowledges, Tab reaches the buttons, focus is visible', async ({
  browser,
  request,
  playwright,
}) => {
  test.setTimeout(120_000);
  const lot = await ownOperator(request);
  const agent = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const one = await verifiedCaseAt(request, agent, lot.lotName);
  const two = await verifiedCaseAt(request, agent, lot.lotName);
  const firstExit = await requestExit(agent, one.caseId);
  const secondExit = await requestExit(agent, two.caseId);
  const registration = await requestRegistration(agent, one.caseId);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInToHome(page, lot.email, OPERATOR_PASSWORD);
  await expect(page).toHaveURL(/\/operator$/);
  const rowOf = (key: string) => page.locator(`[data-row-key="${key}"]`);
  await expect(rowOf(`registration:${registration}`)).toBeVisible();
  const outline = () => page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);

  // j selects and focuses the first row (exits come first, oldest first), with a visible outline.
  await page.keyboard.press('j');
  await expect(rowOf(`exit:${firstExit}`)).toHaveAttribute('aria-selected', 'true');
  await expect(rowOf(`exit:${firstExit}`)).toBeFocused();
  expect(await outline()).not.toBe('none');
  await page.keyboard.press('j');
  await expect(rowOf(`exit:${secondExit}`)).toBeFocused();
  await page.keyboard.press('k');
  await expect(rowOf(`exit:${firstExit}`)).toBeFocused();
  await expect(rowOf(`exit:${secondExit}`)).toHaveAttribute('aria-selected', 'false');

  // a acknowledges the selected exit; the row that takes its place is selected and focused.
  await page.keyboard.press('a');
  await expect(rowOf(`exit:${firstExit}`)).toHaveCount(0);
  await expect(toast(page, `${one.plate} 출차 처리를 완료했습니다.`)).toBeVisible();
  await expect(rowOf(`exit:${secondExit}`)).toBeFocused();
  expect(await statusOf(agent, one.caseId, 'exitRequests')).toEqual(['ACKNOWLEDGED']);

  // Tab goes from the row to its button; Enter presses it.
  await page.keyboard.press('Tab');
  await expect(rowOf(`exit:${secondExit}`).getByRole('button', { name: '출차 처리' })).toBeFocused();
  expect(await outline()).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(rowOf(`exit:${secondExit}`)).toHaveCount(0);
  expect(await statusOf(agent, two.caseId, 'exitRequests')).toEqual(['ACKNOWLEDGED']);

  // The registration: a checks it (확인); its next buttons follow; 반려 asks why in a dialog.
  await page.keyboard.press('j');
  await expect(rowOf(`registration:${registration}`)).toBeFocused();
  await page.keyboard.press('a');
  const reject = rowOf(`registration:${registration}`).getByRole('button', { name: '반려' });
  await expect(reject).toBeEnabled();
  expect(await statusOf(agent, one.caseId, 'registrationRequests')).toEqual(['ACKNOWLEDGED']);
  await page.keyboard.press('Tab');
  await expect(rowOf(`registration:${registration}`).getByRole('button', { name: '등록 완료' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(reject).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '차량등록 요청 반려' });
  await expect(dialog.getByLabel('반려 사유')).toBeFocused();
  // j typed into the reason is text, not a shortcut.
  await page.keyboard.type('j 이미 등록된 차량입니다.');
  await expect(dialog.getByLabel('반려 사유')).toHaveValue('j 이미 등록된 차량입니다.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: '반려하기' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(toast(page, `${one.plate} 차량등록 요청을 반려했습니다.`)).toBeVisible();
  await expect(rowOf(`registration:${registration}`)).toHaveCount(0);
  expect(await statusOf(agent, one.caseId, 'registrationRequests')).toEqual(['REJECTED']);
  await expect(page.getByText('대기 중인 차량등록 요청이 없습니다.')).toBeVisible();

  await agent.dispose();
  await context.close();
});
