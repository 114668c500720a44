import { expect } from '@playwright/test';
import { graphql, signInThroughApi, signInToHome, test } from './fixtures';

test('roles: an agent opening the manager dashboard gets 403', async ({ page, newAgent }) => {
  await signInToHome(page, newAgent.email, newAgent.password);
  await expect(page).toHaveURL(/\/agent$/);
  const response = await page.goto('/manager');
  expect(response?.status()).toBe(403);
  await expect(page.getByText('이 페이지를 볼 권한이 없습니다')).toBeVisible();
});

test('roles: an operator opening the agent dashboard gets 403', async ({ page, newOperator }) => {
  await signInToHome(page, newOperator.email, newOperator.password);
  await expect(page).toHaveURL(/\/operator$/);
  const response = await page.goto('/agent');
  expect(response?.status()).toBe(403);
});

test('roles: an agent asking for createParkingLot gets FORBIDDEN and nothing is written', async ({ request, newAgent }) => {
  await signInThroughApi(request, newAgent.email, newAgent.password);
  const before = await graphql(request, '{ lots { id } }');
  const answer = await graphql(
    request,
    `
      mutation {
        createParkingLot(
          input: {
            name: "몰래 만든 주차장"
            address: "서울"
            operatorId: "00000000-0000-4000-8000-000000000000"
            integration: LINKED
            hasExitCallButton: true
            phone: "02-000-0000"
          }
        ) {
          id
        }
      }
    `,
  );
  expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const after = await graphql(request, '{ lots { id } }');
  expect((after.data?.lots as unknown[]).length).toBe((before.data?.lots as unknown[]).length);
});

test('roles: the operator dashboard lists only the operator’s own lots', async ({ page, newOperator }) => {
  await signInToHome(page, newOperator.email, newOperator.password);
  await expect(page).toHaveURL(/\/operator$/);
  const answer = await graphql(page.request, '{ viewer { operator { id } } lots { name operator { id } } }');
  const own = (answer.data?.viewer as { operator: { id: string } }).operator.id;
  const lots = answer.data?.lots as { name: string; operator: { id: string } }[];
  expect(lots.length).toBeGreaterThan(0);
  expect(lots.every((lot) => lot.operator.id === own)).toBe(true);
  for (const lot of lots) await expect(page.getByRole('heading', { name: lot.name })).toBeVisible();
});

test('agent: the new-case page finds a pass from the database by plate', async ({ page, newAgent }) => {
  await signInToHome(page, newAgent.email, newAgent.password);
  await expect(page).toHaveURL(/\/agent$/);
  await page.getByRole('link', { name: '새 상담' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '새 상담' })).toBeVisible();
  const seeded = await graphql(page.request, '{ searchPasses(plate: "1") { plate } }');
  const plate = (seeded.data?.searchPasses as { plate: string }[])[0]?.plate ?? '';
  expect(plate).not.toBe('');
  // Typing before React has hydrated the form is lost; search again until the pass shows.
  await page.waitForLoadState('networkidle');
  await expect(async () => {
    await page.getByLabel('차량번호').fill(plate);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('rowheader', { name: plate }).first()).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
});
