import { expect, test, type Page } from '@playwright/test';
import { IDENTITY_UNCONFIRMED_OUTCOME } from '@/lib/domain/case-outcomes';
import { customerWithPassAt, openAndVerify, openCaseForm } from './case-steps';
import { graphql, newAccount, signInToHome } from './fixtures';

// Issue 15, items 3–5 and 9, as a new agent: the first response recorded from a template picked
// with one key (step ④ completes), an internal note, the case reclassified to an equipment fault
// (the compensation box follows the new kind), the outcome from a template, and a caller who
// could not be verified.

async function stored(page: Page, id: string) {
  const result = await graphql(
    page.request,
    'query ($id: ID!) { case(id: $id) { kind status outcome identityVerified identityUnconfirmedAt firstResponseAt timeline { type detail } } }',
    { id },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.case as {
    kind: string;
    status: string;
    outcome: string | null;
    identityVerified: boolean;
    identityUnconfirmedAt: string | null;
    firstResponseAt: string | null;
    timeline: { type: string; detail: string | null }[];
  };
}

test('agent: first response from a template, a note, reclassified to an equipment fault, closed with a template', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const { plate } = await customerWithPassAt(request, () => true);
  const agent = await newAccount('AGENT');
  await signInToHome(page, agent.email, agent.password);
  await expect(page).toHaveURL(/\/agent$/);
  const caseId = await openAndVerify(page, plate);
  const compensation = page.locator('#step-COMPENSATION');

  // ④ shows the omission column of the guide's policy table.
  await expect(compensation.getByText('케어 > 미수긍 시 쿠폰제시')).toBeVisible();
  await expect(compensation.getByText('1차 응대 기록됨')).toHaveCount(0);

  // The first response: Alt+1 in the field puts the first template's Korean text in; it stays editable.
  const firstResponse = page.getByLabel('1차 응대 내용');
  await firstResponse.focus();
  await page.keyboard.press('Alt+1');
  await expect(firstResponse).toHaveValue(/^1차 등록누락: 보상 불가 안내/);
  await firstResponse.press('End');
  await firstResponse.pressSequentially(' 고객 수긍.');
  await page.getByRole('button', { name: '1차 응대 기록' }).click();
  await expect(compensation.getByText('1차 응대 기록됨')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '응대 순서' }).getByRole('link', { name: /보상/ })).toContainText('✓');

  // An internal note, at any time.
  await page.getByLabel('메모', { exact: true }).fill('고객이 출차 시 카메라 앞에서 정차했다고 함');
  await page.getByRole('button', { name: '메모 추가' }).click();
  await expect(page.getByRole('status').filter({ hasText: '메모를 남겼습니다.' })).toBeVisible();
  await expect(page.locator('.timeline').getByText('고객이 출차 시 카메라 앞에서 정차했다고 함')).toBeVisible();

  // Reclassify, with a reason and a confirmation.
  await page.getByRole('button', { name: '변경하기' }).click();
  await page.getByRole('radio', { name: /설비이슈\/LPR오인식/ }).check();
  await page.getByLabel('변경 사유').fill('출차 기록 확인 결과 LPR 오인식');
  await page.getByRole('button', { name: '유형 변경…' }).click();
  const dialog = page.getByRole('dialog', { name: '상담 유형을 바꿀까요?' });
  await expect(dialog).toContainText('운영사 등록누락 → 설비이슈/LPR오인식');
  await dialog.getByRole('button', { name: '유형 변경' }).click();
  await expect(page.getByRole('status').filter({ hasText: '유형을 "설비이슈/LPR오인식"(으)로 바꿨습니다.' })).toBeVisible();
  // ④ now shows the equipment-fault column: no coupon line.
  await expect(compensation.getByText('케어 (카메라 오인식으로 종결)')).toBeVisible();
  await expect(compensation.getByText('케어 > 미수긍 시 쿠폰제시')).toHaveCount(0);

  // The outcome: on the template buttons the digit picks (the only template of this kind is 1).
  const templates = page.getByRole('list', { name: '결과 템플릿' }).last();
  await templates.getByRole('button').first().focus();
  await page.keyboard.press('1');
  const outcome = page.getByLabel('처리 결과');
  await expect(outcome).toHaveValue(/^설비이슈\/LPR 오인식 확인/);
  await expect(outcome).toBeFocused();
  await page.getByRole('button', { name: '상담 종결' }).click();
  await expect(page.getByText('종결된 상담입니다. 기록을 볼 수만 있습니다.')).toBeVisible();

  const kase = await stored(page, caseId);
  expect(kase.kind).toBe('EQUIPMENT_FAULT');
  expect(kase.status).toBe('RESOLVED');
  expect(kase.firstResponseAt).not.toBeNull();
  expect(kase.outcome).toMatch(/^설비이슈\/LPR 오인식 확인/);
  expect(kase.timeline).toContainEqual({
    type: 'CASE_RECLASSIFIED',
    detail: '운영사 등록누락 → 설비이슈/LPR오인식: 출차 기록 확인 결과 LPR 오인식',
  });
  expect(kase.timeline).toContainEqual({ type: 'NOTE_ADDED', detail: '고객이 출차 시 카메라 앞에서 정차했다고 함' });
  expect(kase.timeline.find((event) => event.type === 'POLICY_EXPLAINED')?.detail).toMatch(/고객 수긍\.$/);
});

test('agent: a caller who could not be verified closes the case, and nothing else can be done', async ({ page, request }) => {
  const { plate } = await customerWithPassAt(request, () => true);
  const agent = await newAccount('AGENT');
  await signInToHome(page, agent.email, agent.password);
  await expect(page).toHaveURL(/\/agent$/);
  await openCaseForm(page, plate);
  await page.getByRole('button', { name: '상담 접수' }).click();
  await expect(page).toHaveURL(/\/agent\/cases\/[0-9a-f-]{36}$/);
  const caseId = page.url().split('/').at(-1) ?? '';

  await page.getByRole('button', { name: '본인 확인 불가로 종결…' }).click();
  const dialog = page.getByRole('dialog', { name: '본인 확인 불가로 종결할까요?' });
  await dialog.getByRole('button', { name: '종결' }).click();
  await expect(page.getByText('종결된 상담입니다. 기록을 볼 수만 있습니다.')).toBeVisible();
  await expect(page.getByText(IDENTITY_UNCONFIRMED_OUTCOME).first()).toBeVisible();
  await expect(page.getByRole('button', { name: '본인 확인 완료' })).toBeDisabled();

  const kase = await stored(page, caseId);
  expect(kase).toMatchObject({ status: 'RESOLVED', identityVerified: false, outcome: IDENTITY_UNCONFIRMED_OUTCOME });
  expect(kase.identityUnconfirmedAt).not.toBeNull();
  const again = await graphql(page.request, 'mutation ($id: ID!) { verifyIdentity(caseId: $id) { id } }', { id: caseId });
  expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
});
