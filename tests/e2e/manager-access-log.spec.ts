import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import { graphql, signInToHome, test } from './fixtures';

// Issue 7, item 4: the agent opens a case; the manager finds that read in the access log,
// filtered by the agent, and downloads the same entries as CSV.

test.use({ viewport: { width: 1280, height: 800 } });

test('access log: the manager finds the agent’s reading of a case and downloads it as CSV', async ({
  browser,
  newAgent,
  newManager,
}, testInfo) => {
  test.setTimeout(90_000);

  // The agent opens a case from the list: the case page reads the customer's data.
  const agentContext = await browser.newContext();
  const agent = await agentContext.newPage();
  await signInToHome(agent, newAgent.email, newAgent.password);
  await expect(agent).toHaveURL(/\/agent$/);
  const caseLink = agent.getByRole('link', { name: /^VOC-\d{6}-\d{6}$/ }).first();
  const code = ((await caseLink.textContent()) ?? '').trim();
  await caseLink.click();
  await expect(agent).toHaveURL(/\/agent\/cases\/[0-9a-f-]{36}$/);
  const caseId = agent.url().split('/').at(-1) ?? '';
  await expect(agent.getByRole('heading', { level: 1 })).toContainText(code);
  await agentContext.close();

  // The manager narrows the log to that agent's case reads.
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signInToHome(page, newManager.email, newManager.password);
  await expect(page).toHaveURL(/\/manager$/);
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '접근 기록' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '개인정보 접근 기록' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('table')).toBeVisible();

  const accountSelect = page.getByLabel('계정');
  const agentOption = accountSelect.locator('option', { hasText: newAgent.email });
  await expect(agentOption).toHaveCount(1);
  const agentId = (await agentOption.getAttribute('value')) ?? '';
  await accountSelect.selectOption(agentId);
  await page.getByLabel('행위').selectOption({ label: '상담 상세 조회' });
  await page.getByRole('button', { name: '검색', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`actorId=${agentId}.*action=VIEW_CASE`));

  // The agent is this test's own, so its reads of the case are this test's; the newest is first.
  const rows = page.getByRole('row').filter({ hasText: code });
  await expect(rows.first()).toBeVisible();
  const row = rows.first();
  await expect(row).toContainText('상담 상세 조회');
  await expect(row).toContainText('상담사');
  await expect(row).toContainText(newAgent.email);
  await expect(row.getByRole('cell').last()).toHaveText(/127\.0\.0\.1/);
  await expect(row.getByRole('rowheader')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  await page.screenshot({ path: testInfo.outputPath('01-access-log-filtered.png'), fullPage: true });

  // The database has it as the page shows it: the agent, the case, the address.
  const stored = await graphql(
    page.request,
    'query ($f: AccessLogFilter) { accessLog(filter: $f, first: 5) { edges { node { action subjectId clientAddress actor { email } } } } }',
    {
      f: { actorId: agentId, subjectType: 'Case', subjectId: caseId },
    },
  );
  expect(stored.errors).toBeUndefined();
  const nodes = (stored.data?.accessLog as { edges: { node: Record<string, unknown> }[] }).edges.map((edge) => edge.node);
  expect(nodes).toContainEqual({
    action: 'VIEW_CASE',
    subjectId: caseId,
    clientAddress: expect.stringMatching(/127\.0\.0\.1/),
    actor: { email: newAgent.email },
  });

  // The CSV carries the same filter; the button says when the file is saved.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV 내려받기' }).click()]);
  await expect(page.getByText('접근 기록 CSV를 내려받았습니다.')).toBeVisible();
  expect(download.suggestedFilename()).toMatch(/^access-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...lines] = text.slice(1).trimEnd().split('\r\n');
  expect(header).toBe('시각(KST),계정,이름,역할,행위,행위 코드,대상,대상 ID,접속 주소,상세');
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.every((line) => line.includes(`,${newAgent.email},`) && line.includes(',상담 상세 조회,VIEW_CASE,상담,'))).toBe(true);
  const line = lines.find((l) => l.includes(caseId));
  expect(line).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},/);
  expect(line).toMatch(/127\.0\.0\.1/);
  await context.close();
});
