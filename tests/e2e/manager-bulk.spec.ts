import { expect, test, type APIRequestContext } from '@playwright/test';
import { formatKstIso } from '@/lib/domain/calendar';
import { customerWithPassAt } from './case-steps';
import { DEMO_PASSWORD, graphql, signInThroughApi, signInToHome } from './fixtures';

// Issue 6, item 7: the manager selects every case matching the list's filter (a lot made for
// this test, so the count is exactly its cases), gives them all to agent2@demo.test through a
// confirmed bulk job, sees the progress reach the end, and each case's timeline records it.

const CASES = 5;

/** A lot of its own for this test, under the first demo operator; the manager's session makes it. */
async function lotForTest(request: APIRequestContext): Promise<string> {
  await signInThroughApi(request, 'manager@demo.test', DEMO_PASSWORD);
  const lots = (await graphql(request, '{ lots { operator { id } } }')).data?.lots as { operator: { id: string } }[];
  const created = await graphql(request, 'mutation ($i: ParkingLotInput!) { createParkingLot(input: $i) { id } }', {
    i: {
      name: `일괄변경 시험 주차장 ${Date.now()}`,
      address: '서울 중구 세종대로 110',
      operatorId: lots[0]?.operator.id,
      integration: 'LINKED',
      hasExitCallButton: true,
      phone: '0212340000',
    },
  });
  expect(created.errors).toBeUndefined();
  return (created.data?.createParkingLot as { id: string }).id;
}

/** `n` cases opened by agent@demo.test through the API on the pass with this plate. */
async function openCases(agentApi: APIRequestContext, plate: string, n: number): Promise<void> {
  await signInThroughApi(agentApi, 'agent@demo.test', DEMO_PASSWORD);
  const found = await graphql(agentApi, 'query ($p: String!) { searchPasses(plate: $p) { id } }', { p: plate });
  const passId = (found.data?.searchPasses as { id: string }[])[0]?.id;
  for (let i = 0; i < n; i += 1) {
    const opened = await graphql(agentApi, 'mutation ($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
      i: { passId, kind: 'OPERATOR_OMISSION', incidentAt: formatKstIso(new Date()) },
    });
    expect(opened.errors).toBeUndefined();
  }
}

test('bulk: the manager gives every case matching the filter to another agent, confirmed, with progress, resumed after a failure', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const lotId = await lotForTest(request);
  const { plate } = await customerWithPassAt(request, (lot) => lot.id === lotId);
  const agentContext = await browser.newContext();
  await openCases(agentContext.request, plate, CASES);
  await agentContext.close();

  await signInToHome(page, 'manager@demo.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/manager$/);
  await page.goto(`/manager/cases?lotId=${lotId}`);
  await page.waitForLoadState('networkidle');
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(CASES + 1);
  await expect(table.getByRole('cell', { name: '김민지' })).toHaveCount(CASES);

  await page.getByLabel(`조건에 맞는 ${CASES}건 모두 선택`).check();
  await page.getByLabel('담당 상담사', { exact: true }).selectOption({ label: '이준호 (agent2@demo.test)' });
  await shot('01-bulk-bar');
  await page.getByRole('button', { name: '담당 상담사 변경' }).click();
  const dialog = page.getByRole('dialog', { name: '담당 상담사 일괄 변경' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`${CASES}건의 담당 상담사를 이준호(으)로 변경합니다.`);
  // The dialog opens on 취소, the safe choice; Esc would close it without changing anything.
  await expect(dialog.getByRole('button', { name: '취소' })).toBeFocused();
  await shot('02-confirm');

  // The first batch is lost on the way (a dropped connection): the job stops, nothing is lost.
  let dropped = false;
  await page.route('**/api/graphql', async (route) => {
    if (!dropped && route.request().postData()?.includes('RunBulkCaseJobBatch')) {
      dropped = true;
      await route.abort('connectionreset');
      return;
    }
    await route.continue();
  });
  await dialog.getByRole('button', { name: '변경하기' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `남은 ${CASES}건은 ‘이어서 진행’을 누르면 이어서 처리합니다.` })).toBeVisible();
  await expect(page.getByText(`0 / ${CASES}건`)).toBeVisible();
  await shot('03-stopped');
  await page.getByRole('button', { name: '이어서 진행' }).click();

  const progress = page.getByRole('progressbar');
  await expect(progress).toHaveAttribute('value', String(CASES));
  await expect(progress).toHaveAttribute('max', String(CASES));
  await expect(page.getByText(`${CASES} / ${CASES}건`)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `${CASES}건의 담당 상담사를 이준호(으)로 변경했습니다.` })).toBeVisible();
  // The list is read again: every row now shows the new agent.
  await expect(table.getByRole('cell', { name: '이준호' })).toHaveCount(CASES);
  await shot('04-done');

  const listed = await graphql(
    page.request,
    'query ($f: CaseFilter) { cases(filter: $f, first: 50) { totalCount edges { node { id agent { email } } } } }',
    { f: { lotId } },
  );
  const connection = listed.data?.cases as { totalCount: number; edges: { node: { id: string; agent: { email: string } } }[] };
  expect(connection.totalCount).toBe(CASES);
  expect(connection.edges.map((edge) => edge.node.agent.email)).toEqual(Array(CASES).fill('agent2@demo.test'));
  const one = await graphql(page.request, 'query ($id: ID!) { case(id: $id) { timeline { type detail } } }', {
    id: connection.edges[0]?.node.id,
  });
  const timeline = (one.data?.case as { timeline: { type: string; detail: string | null }[] }).timeline;
  expect(timeline.filter((event) => event.type === 'CASE_REASSIGNED')).toEqual([
    { type: 'CASE_REASSIGNED', detail: `담당 상담사를 이준호(으)로 변경 (일괄 ${CASES}건)` },
  ]);
});
