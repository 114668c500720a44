import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { customerWithPassAt, openCaseForm } from './case-steps';
import { graphql, signInThroughApi, signInToHome, test } from './fixtures';

// Issue 7: a double submit or a retried request never opens a second case. The page sends one
// Idempotency-Key per action; the server answers a repeat with the first case.

const casesOfPlate = async (request: APIRequestContext, plate: string) => {
  const result = await graphql(
    request,
    'query ($p: String) { cases(first: 50, filter: { plate: $p }) { totalCount edges { node { id } } } }',
    { p: plate },
  );
  const cases = result.data?.cases as { totalCount: number; edges: { node: { id: string } }[] };
  return { total: cases.totalCount, ids: cases.edges.map((e) => e.node.id) };
};

/** The Idempotency-Key of every openCase request the page sends. */
function watchOpenCaseKeys(page: Page): (string | undefined)[] {
  const keys: (string | undefined)[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/graphql') && request.method() === 'POST' && request.postData()?.includes('openCase')) {
      keys.push(request.headers()['idempotency-key']);
    }
  });
  return keys;
}

test('agent: double-clicking 상담 접수 opens one case', async ({ page, request, newAgent }) => {
  const { plate } = await customerWithPassAt(request, () => true);
  await signInToHome(page, newAgent.email, newAgent.password);
  await expect(page).toHaveURL(/\/agent$/);
  await openCaseForm(page, plate);
  const keys = watchOpenCaseKeys(page);

  await page.getByRole('button', { name: '상담 접수' }).dblclick();
  await expect(page).toHaveURL(/\/agent\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByText('본인 확인 후 진행할 수 있습니다.').first()).toBeVisible();

  const stored = await casesOfPlate(page.request, plate);
  expect(stored.total).toBe(1);
  expect(stored.ids).toEqual([page.url().split('/').at(-1)]);
  expect(keys.length).toBeGreaterThanOrEqual(1);
  expect(new Set(keys).size).toBe(1);
  expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
});

test('agent: two submits before the first answer (button not yet disabled) send one key and open one case', async ({
  page,
  request,
  newAgent,
}) => {
  const { plate } = await customerWithPassAt(request, () => true);
  await signInToHome(page, newAgent.email, newAgent.password);
  await expect(page).toHaveURL(/\/agent$/);
  await openCaseForm(page, plate);
  const keys = watchOpenCaseKeys(page);

  // Both submits run in one task, before React re-renders the button as disabled: the
  // case a too-fast double click or a double Enter makes, which the button alone cannot stop.
  await page.locator('form', { has: page.getByRole('button', { name: '상담 접수' }) }).evaluate((form: HTMLFormElement) => {
    form.requestSubmit();
    form.requestSubmit();
  });
  await expect(page).toHaveURL(/\/agent\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByText('본인 확인 후 진행할 수 있습니다.').first()).toBeVisible();

  expect(keys).toHaveLength(2);
  expect(keys[0]).toBe(keys[1]);
  const stored = await casesOfPlate(page.request, plate);
  expect(stored.total).toBe(1);
  expect(stored.ids).toEqual([page.url().split('/').at(-1)]);
});

test('API: the same openCase request sent twice with one Idempotency-Key answers the same case; other input is CONFLICT', async ({
  request,
  newAgent,
}) => {
  const { plate } = await customerWithPassAt(request, () => true);
  await signInThroughApi(request, newAgent.email, newAgent.password);
  const found = await graphql(request, 'query ($p: String!) { searchPasses(plate: $p) { id } }', { p: plate });
  const passId = (found.data?.searchPasses as { id: string }[])[0]?.id;
  expect(passId).toBeDefined();

  const send = async (key: string, incidentAt: string) => {
    const response = await request.post('/api/graphql', {
      headers: { 'Idempotency-Key': key },
      data: {
        query: 'mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }',
        variables: { input: { passId, kind: 'OPERATOR_OMISSION', incidentAt } },
      },
    });
    return (await response.json()) as {
      data?: { openCase: { id: string } } | null;
      errors?: { extensions?: { code?: string; field?: string } }[];
    };
  };
  const key = `e2e-${Date.now()}-retry`;
  const incidentAt = new Date(Date.now() - 60_000).toISOString();
  const [first, second] = await Promise.all([send(key, incidentAt), send(key, incidentAt)]);
  expect(first.errors).toBeUndefined();
  expect(second.data?.openCase.id).toBe(first.data?.openCase.id);

  const other = await send(key, new Date(Date.now() - 120_000).toISOString());
  expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
  const malformed = await send('short', incidentAt);
  expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });

  expect((await casesOfPlate(request, plate)).ids).toEqual([first.data?.openCase.id]);
});
