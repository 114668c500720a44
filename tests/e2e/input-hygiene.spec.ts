import { expect, type Page } from '@playwright/test';
import { kstInputValue } from '@/app/_components/case/kst-input';
import { customerWithPassAt, openAndVerify } from './case-steps';
import { newAccount, signInToHome, test } from './fixtures';

// Issue 16, items 2 and 6, on the pages: the agent's on-site payment form and the manager's
// new-account form say what the API would refuse, in the reader's language, and send nothing.

test.use({ viewport: { width: 1280, height: 800 } });

test('on-site payment: 0 won, a time before the incident and one in the future are refused in words, and nothing is recorded', async ({
  page,
  request,
  newAgent,
}, testInfo) => {
  test.setTimeout(90_000);
  const { plate } = await customerWithPassAt(request, () => true);
  await signInToHome(page, newAgent.email, newAgent.password);
  await expect(page).toHaveURL(/\/agent$/);
  await openAndVerify(page, plate);
  const record = page.getByRole('button', { name: '현장결제 기록' });

  await page.getByLabel('결제 금액 (원)').fill('0');
  await record.click();
  await expect(page.getByText('현장결제 금액은 1원 이상이어야 합니다.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('01-payment-zero.png'), fullPage: true });

  await page.getByLabel('결제 금액 (원)').fill('4321');
  await page.getByLabel('결제 일시').fill('1970-01-01T09:00');
  await record.click();
  await expect(page.getByText(/^결제 일시는 사고 일시\(\d{4}-\d{2}-\d{2} \d{2}:\d{2}\) 이후여야 합니다\.$/)).toBeVisible();

  await page.getByLabel('결제 일시').fill(kstInputValue(new Date(Date.now() + 24 * 3_600_000)));
  await record.click();
  await expect(page.getByText('결제 일시는 미래일 수 없습니다.')).toBeVisible();
  await expect(page.getByText('4,321원')).toHaveCount(0);

  // Now is fine: the form records it.
  await page.getByLabel('결제 일시').fill(kstInputValue());
  await record.click();
  await expect(page.getByText('4,321원').first()).toBeVisible();
});

async function openNewAccountForm(page: Page, menu: string, heading: string, newLabel: string) {
  await expect(page).toHaveURL(/\/manager$/);
  await page.getByRole('navigation').first().getByRole('link', { name: menu }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: newLabel }).click();
}

test('people: a common password, a pattern and the e-mail’s name are refused on the password field, with the reason', async ({
  page,
  newManager,
}, testInfo) => {
  test.setTimeout(90_000);
  await signInToHome(page, newManager.email, newManager.password);
  await openNewAccountForm(page, '계정 관리', '계정 관리', '새 계정');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: '계정 만들기' }) });
  await page.getByLabel('이름', { exact: true }).fill('비밀번호 검사');
  const name = `pw-check-${Date.now()}`;
  await page.getByLabel('이메일').fill(`${name}@test.local`);
  await form.getByLabel('역할').selectOption({ label: '상담사' });

  // The list lives on the server: its refusal comes back and lands on the field.
  await page.getByLabel('초기 비밀번호').fill('password1234');
  await form.getByRole('button', { name: '계정 만들기' }).click();
  await expect(form.getByText('흔히 쓰이거나 유출된 비밀번호(또는 그 변형)입니다. 다른 비밀번호를 정해 주세요.')).toBeVisible();
  await expect(page.getByLabel('초기 비밀번호')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: testInfo.outputPath('02-password-common.png'), fullPage: true });

  await page.getByLabel('초기 비밀번호').fill('aaaaaaaaaaaa');
  await form.getByRole('button', { name: '계정 만들기' }).click();
  await expect(form.getByText('같은 글자의 반복이나 연속된 글자(aaaa…, 1234…)로 된 비밀번호는 쓸 수 없습니다.')).toBeVisible();

  await page.getByLabel('초기 비밀번호').fill(`Sky-${name.toUpperCase()}-river`);
  await form.getByRole('button', { name: '계정 만들기' }).click();
  await expect(form.getByText('비밀번호에 이메일의 @ 앞부분을 넣을 수 없습니다.')).toBeVisible();
});

test('people, in English: the server’s refusal of a common password is said in English', async ({ page }) => {
  test.setTimeout(90_000);
  const { email, password } = await newAccount('MANAGER', { locale: 'EN' });
  await signInToHome(page, email, password);
  await openNewAccountForm(page, 'Accounts', 'Accounts', 'New account');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Create account' }) });
  await page.getByLabel('Name', { exact: true }).fill('Password check');
  await page.getByLabel('Email').fill(`pw-check-en-${Date.now()}@test.local`);
  await form.getByLabel('Role').selectOption({ label: 'Agent' });
  await page.getByLabel('Initial password').fill('123456789012');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByText('A password of repeated or consecutive characters (aaaa…, 1234…) cannot be used.')).toBeVisible();
  await page.getByLabel('Initial password').fill('Password1234');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByText('This password is common or has been leaked (or is a variant of one). Choose another.')).toBeVisible();
});
