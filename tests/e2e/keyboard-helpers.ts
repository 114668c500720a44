import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, graphql, signInThroughApi } from './fixtures';

// Steps the keyboard specs share: a person of a role signed in without touching the page, and
// moving focus with Tab alone.

const PASSWORD = 'keyboard-e2e-pass-1234';

/**
 * A new account of the role (made by the demo manager), signed in on the page's context through
 * the API, speaking `locale`. A new account, so switching its language leaves the demo accounts
 * (and the other specs that read them in Korean) alone.
 */
export async function signInNew(page: Page, request: APIRequestContext, role: 'AGENT' | 'OPERATOR' | 'MANAGER', locale: 'KO' | 'EN' = 'KO') {
  await signInThroughApi(request, 'manager@demo.test', DEMO_PASSWORD);
  let operatorId: string | null = null;
  if (role === 'OPERATOR') {
    // The demo operator with the most lots' requests: 한빛파킹, the first by name is fine too.
    const operators = (await graphql(request, '{ operators { id name } }')).data?.operators as { id: string; name: string }[];
    operatorId = (operators.find((operator) => operator.name.includes('한빛')) ?? operators[0])!.id;
  }
  const email = `keys-${role.toLowerCase()}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@demo.test`;
  const created = await graphql(request, 'mutation ($i: UserInput!) { createUser(input: $i) { id } }', {
    i: { name: role === 'AGENT' ? '한키보' : role === 'OPERATOR' ? '문운영' : '백관리', email, password: PASSWORD, role, operatorId },
  });
  expect(created.errors).toBeUndefined();
  await signInThroughApi(page.request, email, PASSWORD);
  if (locale === 'EN') expect((await graphql(page.request, 'mutation { setMyLocale(locale: EN) { id } }')).errors).toBeUndefined();
}

/** Opens a page and waits until its scripts run (keys pressed before hydration are lost). */
export async function openPage(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

/** Ctrl+K until the palette is open (the first press may land before the shell has hydrated). */
export async function openPalette(page: Page, name: string | RegExp = '빠른 이동') {
  const palette = page.getByRole('dialog', { name });
  await expect(async () => {
    if (!(await palette.isVisible())) await page.keyboard.press('Control+k');
    await expect(palette).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(palette.getByRole('combobox')).toBeFocused();
  return palette;
}

/** Presses Tab until `target` has focus; fails when it never does. */
export async function tabTo(page: Page, target: Locator, { max = 40, backwards = false } = {}) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} presses of Tab never reached ${target}`);
}
