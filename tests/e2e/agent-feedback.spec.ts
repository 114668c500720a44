import { expect } from '@playwright/test';
import { customerWithPassAt, openVerifiedCase } from './case-steps';
import { graphql, signInThroughApi, signInToHome, test } from './fixtures';

// Issue 9, feedback: recording the call-button guidance shows at once (an optimistic update),
// is taken back when the server refuses, and says what happened either way.

test('agent: the call-button guidance shows before the server answers, goes away when it fails, and stays once recorded', async ({
  page,
  request,
  newAgent,
}) => {
  const { plate } = await customerWithPassAt(request, (lot) => lot.hasExitCallButton);
  await signInThroughApi(request, newAgent.email, newAgent.password);
  const caseId = await openVerifiedCase(request, plate, 'OPERATOR_OMISSION');
  await signInToHome(page, newAgent.email, newAgent.password);
  await expect(page).toHaveURL(/\/agent$/);
  await page.goto(`/agent/cases/${caseId}`);
  const record = page.getByRole('button', { name: '호출버튼 안내함' });
  const guided = page.getByText('안내함', { exact: true });
  const timeline = page.getByRole('region', { name: '처리 이력', exact: true });
  await expect(record).toBeEnabled();
  await expect(guided).toHaveCount(0);

  // The server is slow, then refuses.
  let release: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/graphql', async (route) => {
    if (!route.request().postData()?.includes('recordGuidance')) return route.continue();
    await answered;
    await route.fulfill({
      json: {
        data: null,
        errors: [{ message: '요청을 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      },
    });
  });
  await record.click();
  await expect(guided).toBeVisible();
  await expect(timeline.getByText('호출버튼 안내', { exact: true })).toBeVisible();
  // Pending: the button says so and cannot be pressed again.
  const pending = page.getByRole('button', { name: '처리 중…' });
  await expect(pending).toBeDisabled();
  await expect(pending).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page.getByRole('alert').filter({ hasText: '요청을 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.' })).toBeVisible();
  await expect(guided).toHaveCount(0);
  await expect(timeline.getByText('호출버튼 안내', { exact: true })).toHaveCount(0);
  await expect(record).toBeEnabled();

  // Again, with the server answering.
  await page.unroute('**/api/graphql');
  await record.click();
  await expect(page.getByRole('status').filter({ hasText: '호출버튼 안내를 기록했습니다.' })).toBeVisible();
  await expect(guided).toBeVisible();
  const stored = await graphql(page.request, 'query ($id: ID!) { case(id: $id) { timeline { type detail } } }', { id: caseId });
  const events = (stored.data?.case as { timeline: { type: string; detail: string | null }[] }).timeline;
  expect(events.filter((event) => event.type === 'EXIT_CALL_GUIDED')).toEqual([{ type: 'EXIT_CALL_GUIDED', detail: '호출버튼 이용 안내' }]);
});
