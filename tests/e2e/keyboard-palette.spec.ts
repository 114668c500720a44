import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { customerWithPassAt } from './case-steps';
import { graphql, signInThroughApi, test } from './fixtures';
import { openPage, openPalette, signInNew, tabTo } from './keyboard-helpers';

// Issue 9, item 3: the command palette finds cases as the agent types (code, plate, phone's
// last 4), the `?` list shows the registry's shortcuts, and no shortcut fires while typing.

/** A case of a new customer, opened through the API by the agent signed in on `page`. */
async function caseToFind(page: Page, request: APIRequestContext) {
  const { plate } = await customerWithPassAt(request, () => true);
  const passes = await graphql(page.request, 'query ($p: String) { searchPasses(plate: $p) { id } }', { p: plate });
  const passId = (passes.data?.searchPasses as { id: string }[])[0]!.id;
  const opened = await graphql(page.request, 'mutation ($i: OpenCaseInput!) { openCase(input: $i) { id code } }', {
    i: { passId, kind: 'OPERATOR_OMISSION', incidentAt: new Date().toISOString() },
  });
  expect(opened.errors).toBeUndefined();
  const kase = opened.data?.openCase as { id: string; code: string };
  // The test customer's phone ends in the same four digits as the plate (case-steps.ts).
  return { ...kase, plate, last4: plate.slice(-4) };
}

async function retype(page: Page, text: string) {
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

test('palette: an agent finds a case by its code, its beginning, the plate and the phone’s last 4; Enter opens it; the access log keeps each search', async ({
  page,
  request,
  newManager,
}) => {
  test.setTimeout(90_000);
  await signInNew(page, 'AGENT');
  const agentId = ((await graphql(page.request, '{ viewer { id } }')).data?.viewer as { id: string }).id;
  const kase = await caseToFind(page, request);
  await openPage(page, '/agent');
  const palette = await openPalette(page);
  const option = palette.getByRole('option').filter({ hasText: kase.code });

  for (const [typed, matchedBy] of [
    [kase.code, '상담 번호'],
    [kase.code.slice(0, -3).toLowerCase(), '상담 번호'],
    [kase.plate, '차량번호'],
    [kase.last4, '전화번호 뒷자리'],
  ] as const) {
    await retype(page, typed);
    await expect(option, `typed ${typed}`).toBeVisible();
    await expect(option).toContainText(matchedBy);
    await expect(palette.getByRole('status')).toContainText(/상담 \d+건을 찾았습니다\./);
  }
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/agent/cases/${kase.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(kase.code);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // Each way of searching is a LIST_CASES read with its filter; the phone's digits stay masked.
  await signInThroughApi(request, newManager.email, newManager.password);
  const log = await graphql(request, 'query ($f: AccessLogFilter) { accessLog(filter: $f, first: 100) { edges { node { detail } } } }', {
    f: { actorId: agentId, action: 'LIST_CASES' },
  });
  const filters = (log.data?.accessLog as { edges: { node: { detail: string } }[] }).edges.map(
    (edge) => JSON.parse(edge.node.detail).filter,
  );
  expect(filters).toEqual(expect.arrayContaining([{ code: kase.code }, { plate: kase.plate }, { phoneLast4: `***-****-${kase.last4}` }]));
  expect(JSON.stringify(filters)).not.toContain(`"phoneLast4":"${kase.last4}"`);
});

test('palette: a manager opens the found case in the read-only view', async ({ page, request, browser }) => {
  const agentContext = await browser.newContext();
  const agentPage = await agentContext.newPage();
  await signInNew(agentPage, 'AGENT');
  const kase = await caseToFind(agentPage, request);
  await agentContext.close();
  await signInNew(page, 'MANAGER');
  await openPage(page, '/manager');
  const palette = await openPalette(page);
  await page.keyboard.type(kase.code);
  await expect(palette.getByRole('option').filter({ hasText: kase.code })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/manager/cases/${kase.id}`);
});

test('palette: new case and the menu’s pages; nothing found says what can be searched; an operator gets pages only', async ({ page }) => {
  await signInNew(page, 'AGENT');
  await openPage(page, '/agent');
  const palette = await openPalette(page);
  await expect(palette.getByRole('option', { name: /새 상담 시작/ })).toBeVisible();
  await expect(palette.getByRole('option', { name: '상담 처리' })).toBeVisible();
  await page.keyboard.type('없는말zz');
  await expect(palette.getByRole('status')).toContainText('“없는말zz”에 맞는 상담이나 메뉴가 없습니다.');
  await expect(palette.getByRole('status')).toContainText('전화번호 뒷자리 4자리로 찾을 수 있습니다.');
  await expect(palette.getByRole('option')).toHaveCount(0);

  await signInNew(page, 'OPERATOR');
  await openPage(page, '/operator');
  const operatorPalette = await openPalette(page);
  await expect(operatorPalette.getByRole('option', { name: /새 상담/ })).toHaveCount(0);
  await page.keyboard.type('12가');
  await expect(operatorPalette.getByRole('status')).toContainText('“12가”에 맞는 메뉴가 없습니다.');
  await retype(page, '내 주차장');
  await expect(operatorPalette.getByRole('option', { name: '내 주차장' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  // The lots are a part of the request desk's page: focus goes to that part.
  await expect(page).toHaveURL(/\/operator#lots$/);
  await expect(page.getByRole('region', { name: '주차장 목록' })).toBeFocused();
  await openPalette(page);
  await page.keyboard.type('요청');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/operator$/);
  await expect(page.getByRole('heading', { level: 1, name: '요청 처리' })).toBeFocused();
});

test('palette: a failed search says so and offers a retry; Esc closes it and focus goes back', async ({ page }) => {
  await signInNew(page, 'AGENT');
  await openPage(page, '/agent');
  await page.route('**/api/graphql', async (route) => {
    if (route.request().postData()?.includes('PaletteCases'))
      await route.fulfill({ status: 503, contentType: 'application/json', body: '{}' });
    else await route.fallback();
  });
  const plateFilter = page.getByRole('search', { name: '상담 검색' }).getByLabel('차량번호');
  await tabTo(page, plateFilter);
  // Ctrl/⌘-K types nothing, so it works from a field too.
  const palette = await openPalette(page);
  await page.keyboard.type('VOC-2604');
  await expect(palette.getByRole('alert')).toContainText('상담을 찾지 못했습니다.');
  await expect(palette.getByRole('button', { name: '다시 시도' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(plateFilter).toBeFocused();
  await openPalette(page);
  await page.keyboard.press('Control+k');
  await expect(palette).toBeHidden();
});

test('?: the list shows each role its shortcuts from the registry; Esc closes it', async ({ page }) => {
  await signInNew(page, 'AGENT');
  await openPage(page, '/agent');
  const overlay = page.getByRole('dialog', { name: '단축키' });
  await expect(async () => {
    await page.keyboard.press('?');
    await expect(overlay).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  for (const [scope, keys, wording] of [
    ['어디서나', 'Ctrl+K', '빠른 이동 열기·닫기'],
    ['상담 목록', 'N', '새 상담 시작'],
    ['상담 상세', '.', '응대 순서의 다음 조치로 이동'],
    ['상담 상세', '1–4', '응대 단계 ①–④로 이동'],
  ]) {
    const section = overlay.getByRole('region', { name: scope });
    await expect(section.getByRole('term').filter({ hasText: keys })).toBeVisible();
    await expect(section.getByRole('definition').filter({ hasText: wording })).toBeVisible();
  }
  await expect(overlay.getByText('선택한 요청 처리')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();

  await signInNew(page, 'OPERATOR');
  await openPage(page, '/operator');
  await expect(async () => {
    await page.keyboard.press('?');
    await expect(overlay).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const queue = overlay.getByRole('region', { name: '출차·등록 요청' });
  for (const [key, wording] of [
    ['J', '다음 요청 선택'],
    ['K', '이전 요청 선택'],
    ['A', '선택한 요청 처리'],
  ]) {
    await expect(queue.getByRole('term').filter({ hasText: new RegExp(`^${key}$`) })).toBeVisible();
    await expect(queue.getByRole('definition').filter({ hasText: wording })).toBeVisible();
  }
  await expect(overlay.getByText('새 상담 시작')).toHaveCount(0);
});

test('shortcuts never fire while typing into a field or composing Hangul', async ({ page }) => {
  await signInNew(page, 'AGENT');
  await openPage(page, '/agent');
  const overlay = page.getByRole('dialog', { name: '단축키' });
  const plateFilter = page.getByRole('search', { name: '상담 검색' }).getByLabel('차량번호');
  await tabTo(page, plateFilter);
  await page.keyboard.type('n?.1');
  await expect(plateFilter).toHaveValue('n?.1');
  await expect(page).toHaveURL(/\/agent$/);
  await expect(overlay).toBeHidden();

  // A key press the IME is composing (a Korean syllable in progress) is the IME's, even on the
  // page itself; the same press, composed, then opens the list: the check is what stopped it.
  await page.keyboard.press('Escape');
  const pressQuestionMark = (isComposing: boolean) =>
    page.evaluate((composing) => {
      (document.activeElement ?? document.body).dispatchEvent(
        new KeyboardEvent('keydown', { key: '?', code: 'Slash', shiftKey: true, isComposing: composing, bubbles: true, cancelable: true }),
      );
    }, isComposing);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await pressQuestionMark(true);
  await page.waitForTimeout(300);
  await expect(overlay).toBeHidden();
  await pressQuestionMark(false);
  await expect(overlay).toBeVisible();
  await page.keyboard.press('Escape');

  // Real Hangul composition in the field (CDP's IME): the jamo compose, nothing fires.
  await tabTo(page, plateFilter);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'ㄴ', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: '나', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: '나' });
  await expect(plateFilter).toHaveValue('나');
  await expect(page).toHaveURL(/\/agent$/);
  await expect(overlay).toBeHidden();

  // Outside a field the same n starts a new case: the registry's shortcut is live.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/\/agent\/cases\/new$/);
});
